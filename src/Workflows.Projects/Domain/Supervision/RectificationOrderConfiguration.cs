using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Supervision;

internal sealed class RectificationOrderConfiguration : IEntityTypeConfiguration<RectificationOrder>
{
    public void Configure(EntityTypeBuilder<RectificationOrder> builder)
    {
        builder.ToTable("rectification_orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Description).HasMaxLength(4000);
        builder.Property(o => o.OrderedBy).HasMaxLength(256);
        builder.Property(o => o.LastReport).HasMaxLength(4000);
        builder.HasOne<Project>().WithMany().HasForeignKey(o => o.ProjectId)
            .HasConstraintName("fk_rectification_orders_project");
        builder.HasIndex(o => new { o.ProjectId, o.Status }).HasDatabaseName("ix_rectification_orders_project_status");
    }
}
