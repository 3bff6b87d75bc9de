using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Forms;

internal sealed class FormRecordConfiguration : IEntityTypeConfiguration<FormRecord>
{
    public void Configure(EntityTypeBuilder<FormRecord> builder)
    {
        builder.ToTable("forms");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Key).HasMaxLength(200);
        builder.Property(f => f.Hash).HasMaxLength(64);
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.Property(f => f.PublishedBy).HasMaxLength(256);
        builder.Property(f => f.RetiredBy).HasMaxLength(256);
        builder.HasIndex(f => new { f.Key, f.Version }).IsUnique().HasDatabaseName("ix_forms_key_version");
        builder.HasIndex(f => new { f.Key, f.Status }).HasDatabaseName("ix_forms_key_status");
    }
}
