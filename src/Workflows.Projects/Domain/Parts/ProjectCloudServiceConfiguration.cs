using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Domain.Parts;

internal sealed class ProjectCloudServiceConfiguration : IEntityTypeConfiguration<ProjectCloudService>
{
    public void Configure(EntityTypeBuilder<ProjectCloudService> builder)
    {
        builder.ToTable("project_cloud_services");
        builder.HasKey(s => new { s.ProjectId, s.ServiceCode });
        builder.Property(s => s.ServiceCode).HasMaxLength(64);
        builder.HasOne<Project>().WithMany(p => p.CloudServices).HasForeignKey(s => s.ProjectId)
            .HasConstraintName("fk_project_cloud_services_project");
        builder.HasOne<CloudService>().WithMany().HasForeignKey(s => s.ServiceCode)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_project_cloud_services_service");
    }
}
