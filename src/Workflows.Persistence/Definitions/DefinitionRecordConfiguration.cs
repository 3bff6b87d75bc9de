using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Definitions;

internal sealed class DefinitionRecordConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> builder)
    {
        builder.ToTable("definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Key).HasMaxLength(200);
        builder.Property(d => d.Name).HasMaxLength(400);
        builder.Property(d => d.Hash).HasMaxLength(64);
        builder.Property(d => d.MessageNames).HasMaxLength(2000);
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
        builder.Property(d => d.PublishedBy).HasMaxLength(256);
        builder.Property(d => d.RetiredBy).HasMaxLength(256);
        builder.HasIndex(d => new { d.Key, d.Version }).IsUnique().HasDatabaseName("ix_definitions_key_version");
        builder.HasIndex(d => new { d.Key, d.Status }).HasDatabaseName("ix_definitions_key_status");
        // A key has one draft: of two admins creating the same key at once, the second insert fails instead of adding a second draft.
        builder.HasIndex(d => d.Key).IsUnique().HasFilter("status = 'Draft'").HasDatabaseName("ix_definitions_single_draft");
    }
}
