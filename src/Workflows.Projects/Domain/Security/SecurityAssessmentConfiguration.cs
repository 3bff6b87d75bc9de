using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Security;

internal sealed class SecurityAssessmentConfiguration : IEntityTypeConfiguration<SecurityAssessment>
{
    public void Configure(EntityTypeBuilder<SecurityAssessment> builder)
    {
        builder.ToTable("security_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Assessor).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Conclusion).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId)
            .HasConstraintName("fk_security_assessments_project");
        builder.HasIndex(a => new { a.ProjectId, a.Kind, a.AssessedOn }).HasDatabaseName("ix_security_assessments_project_kind");
    }
}
