using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Supervision;

internal sealed class AcceptanceDelayNoticeConfiguration : IEntityTypeConfiguration<AcceptanceDelayNotice>
{
    public void Configure(EntityTypeBuilder<AcceptanceDelayNotice> builder)
    {
        builder.ToTable("acceptance_delay_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.OrderedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(n => n.ProjectId)
            .HasConstraintName("fk_acceptance_delay_notices_project");
        // One notice per lapse, whichever check runs first.
        builder.HasIndex(n => new { n.ProjectId, n.PlannedCompletion }).IsUnique()
            .HasDatabaseName("ux_acceptance_delay_notices_project_planned");
    }
}
