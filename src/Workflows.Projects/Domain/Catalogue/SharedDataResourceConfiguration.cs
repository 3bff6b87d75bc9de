using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Projects.Domain.Catalogue;

internal sealed class SharedDataResourceConfiguration : IEntityTypeConfiguration<SharedDataResource>
{
    public void Configure(EntityTypeBuilder<SharedDataResource> builder)
    {
        builder.ToTable("shared_data_resources");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Sources).HasMaxLength(2000);
        builder.Property(r => r.Formats).HasMaxLength(2000);
        builder.Property(r => r.UpdateFrequency).HasMaxLength(2000);
        builder.Property(r => r.Sharing).HasMaxLength(2000);
        builder.Property(r => r.ResponsibleParty).HasMaxLength(200).IsRequired();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(r => r.SystemId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_shared_data_resources_system");
        builder.HasOne<Project>().WithMany().HasForeignKey(r => r.ProjectId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_shared_data_resources_project");
        builder.HasIndex(r => new { r.SystemId, r.ProjectId }).IsUnique().HasDatabaseName("ix_shared_data_resources_system_project");
    }
}
