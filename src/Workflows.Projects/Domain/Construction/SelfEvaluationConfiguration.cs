using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Construction;

internal sealed class SelfEvaluationConfiguration : IEntityTypeConfiguration<SelfEvaluation>
{
    public void Configure(EntityTypeBuilder<SelfEvaluation> builder)
    {
        builder.ToTable("project_self_evaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Summary).HasMaxLength(4000);
        builder.Property(e => e.SubmittedBy).HasMaxLength(256);
        builder.Property(e => e.SpotCheckResult).HasMaxLength(2000);
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId)
            .HasConstraintName("fk_project_self_evaluations_project");
        builder.HasIndex(e => new { e.ProjectId, e.BudgetYear }).IsUnique()
            .HasDatabaseName("ix_project_self_evaluations_project_year");
    }
}
