using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Evaluation;

internal sealed class EvaluationSampleConfiguration : IEntityTypeConfiguration<EvaluationSample>
{
    public void Configure(EntityTypeBuilder<EvaluationSample> builder)
    {
        builder.ToTable("evaluation_samples");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Share).HasPrecision(5, 4);
        builder.Property(s => s.DrawnBy).HasMaxLength(256);
        builder.HasIndex(s => s.BudgetYear).HasDatabaseName("ix_evaluation_samples_year");
    }
}
