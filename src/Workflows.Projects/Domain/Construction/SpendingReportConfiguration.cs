using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Construction;

internal sealed class SpendingReportConfiguration : IEntityTypeConfiguration<SpendingReport>
{
    public void Configure(EntityTypeBuilder<SpendingReport> builder)
    {
        builder.ToTable("spending_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.SpentToDate).HasPrecision(18, 2);
        builder.Property(r => r.ApprovedBudget).HasPrecision(18, 2);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.ReportedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId).HasConstraintName("fk_spending_reports_project");
        builder.HasIndex(r => new { r.ProjectId, r.Year, r.Quarter }).IsUnique().HasDatabaseName("ux_spending_reports_project_quarter");
    }
}
