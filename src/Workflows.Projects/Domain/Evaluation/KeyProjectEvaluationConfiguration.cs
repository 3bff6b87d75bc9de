using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Documents;

namespace Workflows.Projects.Domain.Evaluation;

internal sealed class KeyProjectEvaluationConfiguration : IEntityTypeConfiguration<KeyProjectEvaluation>
{
    public void Configure(EntityTypeBuilder<KeyProjectEvaluation> builder)
    {
        builder.ToTable("key_project_evaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.MarkedBy).HasMaxLength(256);
        builder.Property(e => e.WithdrawalReason).HasMaxLength(2000);
        builder.Property(e => e.WithdrawnBy).HasMaxLength(256);
        builder.Property(e => e.Evaluator).HasMaxLength(200);
        builder.Property(e => e.Score).HasPrecision(5, 1);
        builder.Property(e => e.Conclusion).HasMaxLength(2000);
        builder.Property(e => e.Problems).HasMaxLength(2000);
        builder.Property(e => e.Recommendations).HasMaxLength(2000);
        builder.Property(e => e.EvaluatedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId)
            .HasConstraintName("fk_key_project_evaluations_project");
        builder.HasOne<ProjectDocument>().WithMany().HasForeignKey(e => e.ReportDocumentId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_key_project_evaluations_report");
        // One per project and year: marking the project again after it was unmarked opens the same row again.
        builder.HasIndex(e => new { e.ProjectId, e.Year }).IsUnique().HasDatabaseName("ux_key_project_evaluations_project_year");
        builder.HasIndex(e => e.Year).HasDatabaseName("ix_key_project_evaluations_year");
    }
}
