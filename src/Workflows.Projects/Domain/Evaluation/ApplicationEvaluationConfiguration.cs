using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Domain.Evaluation;

internal sealed class ApplicationEvaluationConfiguration : IEntityTypeConfiguration<ApplicationEvaluation>
{
    public void Configure(EntityTypeBuilder<ApplicationEvaluation> builder)
    {
        builder.ToTable("application_evaluations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Evaluator).HasMaxLength(200).IsRequired();
        builder.Property(e => e.ThirdParty).HasMaxLength(200);
        builder.Property(e => e.Conclusion).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(e => e.SystemId)
            .HasConstraintName("fk_application_evaluations_system");
        builder.HasIndex(e => new { e.SystemId, e.Year }).HasDatabaseName("ix_application_evaluations_system_year");
        builder.HasIndex(e => e.Year).HasDatabaseName("ix_application_evaluations_year");
        builder.OwnsMany(e => e.Scores, score =>
        {
            score.ToTable("application_evaluation_scores");
            score.WithOwner().HasForeignKey("EvaluationId").HasConstraintName("fk_application_evaluation_scores_evaluation");
            score.Property<Guid>("EvaluationId").HasColumnName("evaluation_id");
            score.Property(s => s.Dimension).HasColumnName("dimension");
            score.HasKey("EvaluationId", nameof(ApplicationEvaluationScore.Dimension));
            score.Property(s => s.Conclusion).HasMaxLength(1000).IsRequired();
        });
        builder.Navigation(e => e.Scores).AutoInclude();
    }
}
