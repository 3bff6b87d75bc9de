using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Funding;

internal sealed class ProjectPaymentConfiguration : IEntityTypeConfiguration<ProjectPayment>
{
    public void Configure(EntityTypeBuilder<ProjectPayment> builder)
    {
        builder.ToTable("project_payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Amount).HasPrecision(18, 2);
        builder.Property(p => p.Purpose).HasMaxLength(500);
        builder.Property(p => p.RequestedBy).HasMaxLength(256);
        builder.Property(p => p.DisbursedBy).HasMaxLength(256);
        builder.HasOne<Project>().WithMany().HasForeignKey(p => p.ProjectId)
            .HasConstraintName("fk_project_payments_project");
        builder.HasIndex(p => new { p.ProjectId, p.RequestedAt }).HasDatabaseName("ix_project_payments_project_requested");
    }
}
