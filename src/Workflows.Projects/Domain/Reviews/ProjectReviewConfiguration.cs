using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Reviews;

internal sealed class ProjectReviewConfiguration : IEntityTypeConfiguration<ProjectReview>
{
    public void Configure(EntityTypeBuilder<ProjectReview> builder)
    {
        builder.ToTable("project_reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Opinion).HasMaxLength(2000);
        builder.Property(r => r.Amount).HasPrecision(18, 2);
        builder.Property(r => r.Reviewer).HasMaxLength(256);
        builder.OwnsOne(r => r.Criteria);
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId)
            .HasConstraintName("fk_project_reviews_project");
        builder.HasIndex(r => new { r.ProjectId, r.Stage }).HasDatabaseName("ix_project_reviews_project_stage");
    }
}
