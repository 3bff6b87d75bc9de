using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Domain.Security;

internal sealed class MonitoringCheckConfiguration : IEntityTypeConfiguration<MonitoringCheck>
{
    public void Configure(EntityTypeBuilder<MonitoringCheck> builder)
    {
        builder.ToTable("monitoring_checks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Notes).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.RecordedBy).HasMaxLength(256);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(c => c.SystemId)
            .HasConstraintName("fk_monitoring_checks_system");
        // One entry per revision of a day: two corrections of the same day at the same moment cannot both become its revision n.
        builder.HasIndex(c => new { c.SystemId, c.CheckedOn, c.Revision }).IsUnique().HasDatabaseName("ux_monitoring_checks_system_day_revision");
    }
}
