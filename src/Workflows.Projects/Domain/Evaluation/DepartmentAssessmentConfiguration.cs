using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Domain.Evaluation;

internal sealed class DepartmentAssessmentConfiguration : IEntityTypeConfiguration<DepartmentAssessment>
{
    public void Configure(EntityTypeBuilder<DepartmentAssessment> builder)
    {
        builder.ToTable("department_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.DepartmentCode).HasMaxLength(64);
        builder.Property(a => a.Score).HasPrecision(5, 1);
        builder.Property(a => a.Remarks).HasMaxLength(2000);
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        builder.HasOne<Department>().WithMany().HasForeignKey(a => a.DepartmentCode)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_department_assessments_department");
        // One assessment per department and year: recording it again corrects it.
        builder.HasIndex(a => new { a.DepartmentCode, a.Year }).IsUnique().HasDatabaseName("ux_department_assessments_department_year");
    }
}
