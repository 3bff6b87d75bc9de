using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Domain.Parts;

internal sealed class ProjectSystemConfiguration : IEntityTypeConfiguration<ProjectSystem>
{
    public void Configure(EntityTypeBuilder<ProjectSystem> builder)
    {
        builder.ToTable("project_systems");
        builder.HasKey(s => new { s.ProjectId, s.SystemId });
        builder.HasOne<Project>().WithMany(p => p.Systems).HasForeignKey(s => s.ProjectId)
            .HasConstraintName("fk_project_systems_project");
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(s => s.SystemId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_project_systems_system");
    }
}
