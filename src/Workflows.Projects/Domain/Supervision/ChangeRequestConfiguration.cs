using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Supervision;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.ToTable("change_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.NewScope).HasMaxLength(4000);
        builder.Property(r => r.NewTotalBudget).HasPrecision(18, 2);
        builder.Property(r => r.NewYearBudgets).HasMaxLength(4000);
        builder.Property(r => r.MajorGrounds).HasMaxLength(100);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.BureauOpinion).HasMaxLength(2000);
        builder.Property(r => r.FinanceOpinion).HasMaxLength(2000);
        builder.Ignore(r => r.ChangesBudget);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId)
            .HasConstraintName("fk_change_requests_project");
    }
}
