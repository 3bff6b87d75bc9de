using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Documents;

internal sealed class ProjectDocumentConfiguration : IEntityTypeConfiguration<ProjectDocument>
{
    public void Configure(EntityTypeBuilder<ProjectDocument> builder)
    {
        builder.ToTable("project_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.FileName).HasMaxLength(260).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.UploadedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany(p => p.Documents).HasForeignKey(d => d.ProjectId)
            .HasConstraintName("fk_project_documents_project");
        builder.HasIndex(d => new { d.ProjectId, d.Kind }).HasDatabaseName("ix_project_documents_project_kind");
        // A project's document list pages in upload order.
        builder.HasIndex(d => new { d.ProjectId, d.UploadedAt }).HasDatabaseName("ix_project_documents_project_uploaded_at");
    }
}
