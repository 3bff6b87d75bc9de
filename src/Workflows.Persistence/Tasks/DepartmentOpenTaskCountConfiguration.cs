using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Tasks;

/// <summary>The counter rows; each provider's migration creates the triggers that keep them
/// (<c>src/Workflows.Persistence.*/OpenTaskCountTriggers.cs</c>).</summary>
internal sealed class DepartmentOpenTaskCountConfiguration : IEntityTypeConfiguration<DepartmentOpenTaskCount>
{
    public void Configure(EntityTypeBuilder<DepartmentOpenTaskCount> builder)
    {
        builder.ToTable("department_open_task_counts");
        builder.HasKey(c => c.DepartmentCode);
        builder.Property(c => c.DepartmentCode).HasMaxLength(64);
    }
}
