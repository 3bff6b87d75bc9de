using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Construction;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("project_progress_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Summary).HasMaxLength(4000);
        builder.Property(r => r.ReportedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId)
            .HasConstraintName("fk_project_progress_reports_project");
    }
}
