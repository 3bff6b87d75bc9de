using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Domain.Planning;

internal sealed class PlanEntryConfiguration : IEntityTypeConfiguration<PlanEntry>
{
    public void Configure(EntityTypeBuilder<PlanEntry> builder)
    {
        builder.ToTable("plan_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.DepartmentCode).HasMaxLength(64);
        builder.Property(e => e.Name).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.EstimatedBudget).HasPrecision(18, 2);
        builder.Property(e => e.ReturnReason).HasMaxLength(2000);
        builder.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentCode)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_plan_entries_department");
        builder.HasIndex(e => new { e.Year, e.DepartmentCode }).HasDatabaseName("ix_plan_entries_year_department");
    }
}
