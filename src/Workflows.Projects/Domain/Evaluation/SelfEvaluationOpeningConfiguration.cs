using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Evaluation;

internal sealed class SelfEvaluationOpeningConfiguration : IEntityTypeConfiguration<SelfEvaluationOpening>
{
    public void Configure(EntityTypeBuilder<SelfEvaluationOpening> builder)
    {
        builder.ToTable("self_evaluation_openings");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Disbursed).HasPrecision(18, 2);
        builder.HasOne<Project>().WithMany().HasForeignKey(o => o.ProjectId)
            .HasConstraintName("fk_self_evaluation_openings_project");
        // One opening per project and year, however often the check runs.
        builder.HasIndex(o => new { o.ProjectId, o.BudgetYear }).IsUnique().HasDatabaseName("ux_self_evaluation_openings_project_year");
    }
}
