using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Departments;

/// <summary>The counter rows and the triggers that keep them; each provider's migration creates the triggers
/// (<c>src/Workflows.Persistence.*/ProjectCountTriggers.cs</c>).</summary>
internal sealed class DepartmentProjectCountConfiguration : IEntityTypeConfiguration<DepartmentProjectCount>
{
    public void Configure(EntityTypeBuilder<DepartmentProjectCount> builder)
    {
        builder.ToTable("department_project_counts");
        builder.HasKey(c => new { c.DepartmentCode, c.Stage });
        builder.Property(c => c.DepartmentCode).HasMaxLength(64);
    }
}
