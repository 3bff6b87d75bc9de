using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Domain.Parts;

internal sealed class ProjectCoBuilderConfiguration : IEntityTypeConfiguration<ProjectCoBuilder>
{
    public void Configure(EntityTypeBuilder<ProjectCoBuilder> builder)
    {
        builder.ToTable("project_co_builders", table => table.HasTrigger("trg_project_co_builders_counted"));
        builder.HasKey(c => new { c.ProjectId, c.DepartmentCode });
        builder.Property(c => c.DepartmentCode).HasMaxLength(64);
        builder.Property(c => c.Part).HasMaxLength(2000);
        builder.Property(c => c.ConfirmedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany(p => p.CoBuilders).HasForeignKey(c => c.ProjectId)
            .HasConstraintName("fk_project_co_builders_project");
        builder.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentCode)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_project_co_builders_department");
    }
}
