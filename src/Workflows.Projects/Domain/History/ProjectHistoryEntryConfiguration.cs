using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.History;

internal sealed class ProjectHistoryEntryConfiguration : IEntityTypeConfiguration<ProjectHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ProjectHistoryEntry> builder)
    {
        builder.ToTable("project_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Actor).HasMaxLength(256);
        builder.Property(h => h.Action).HasMaxLength(64).IsRequired();
        builder.Property(h => h.Summary).HasMaxLength(1000);
        builder.Property(h => h.OldValues).HasMaxLength(8000);
        builder.Property(h => h.NewValues).HasMaxLength(8000);
        builder.HasOne<Project>().WithMany(p => p.History).HasForeignKey(h => h.ProjectId)
            .HasConstraintName("fk_project_history_project");
        builder.HasIndex(h => new { h.ProjectId, h.At }).HasDatabaseName("ix_project_history_project_at");
    }
}
