using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Departments;

namespace Workflows.Projects.Domain.Catalogue;

internal sealed class InformationSystemConfiguration : IEntityTypeConfiguration<InformationSystem>
{
    public void Configure(EntityTypeBuilder<InformationSystem> builder)
    {
        builder.ToTable("information_systems");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.DepartmentCode).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.CloudResources).HasMaxLength(2000);
        builder.Property(s => s.DataResources).HasMaxLength(2000);
        builder.Property(s => s.ProposedBy).HasMaxLength(256);
        builder.Property(s => s.ReviewedBy).HasMaxLength(256);
        builder.Property(s => s.RefusalReason).HasMaxLength(2000);
        builder.Property(s => s.RetirementReason).HasMaxLength(2000);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentCode)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_information_systems_department");
        builder.HasIndex(s => new { s.DepartmentCode, s.Name }).IsUnique()
            .HasDatabaseName("ix_information_systems_department_name");
    }
}
