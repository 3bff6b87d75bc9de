using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Documents;

internal sealed class ProjectFilingConfiguration : IEntityTypeConfiguration<ProjectFiling>
{
    public void Configure(EntityTypeBuilder<ProjectFiling> builder)
    {
        builder.ToTable("project_filings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Details).HasMaxLength(2000);
        builder.Property(f => f.FiledBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany(p => p.Filings).HasForeignKey(f => f.ProjectId)
            .HasConstraintName("fk_project_filings_project");
        builder.HasOne<ProjectDocument>().WithMany().HasForeignKey(f => f.DocumentId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_project_filings_document");
        builder.HasIndex(f => new { f.ProjectId, f.Kind }).HasDatabaseName("ix_project_filings_project_kind");
    }
}
