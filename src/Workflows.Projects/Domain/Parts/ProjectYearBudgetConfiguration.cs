using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Parts;

internal sealed class ProjectYearBudgetConfiguration : IEntityTypeConfiguration<ProjectYearBudget>
{
    public void Configure(EntityTypeBuilder<ProjectYearBudget> builder)
    {
        builder.ToTable("project_year_budgets");
        builder.HasKey(b => new { b.ProjectId, b.Year });
        builder.Property(b => b.Amount).HasPrecision(18, 2);
        builder.HasOne<Project>().WithMany(p => p.YearBudgets).HasForeignKey(b => b.ProjectId)
            .HasConstraintName("fk_project_year_budgets_project");
    }
}
