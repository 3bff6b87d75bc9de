using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Domain.Security;

internal sealed class ManagementRuleConfiguration : IEntityTypeConfiguration<ManagementRule>
{
    public void Configure(EntityTypeBuilder<ManagementRule> builder)
    {
        builder.ToTable("management_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Version).HasMaxLength(50).IsRequired();
        builder.Property(r => r.FileName).HasMaxLength(260).IsRequired();
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.FiledBy).HasMaxLength(256);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(r => r.SystemId)
            .HasConstraintName("fk_management_rules_system");
        builder.HasIndex(r => new { r.SystemId, r.EffectiveOn }).HasDatabaseName("ix_management_rules_system");
    }
}
