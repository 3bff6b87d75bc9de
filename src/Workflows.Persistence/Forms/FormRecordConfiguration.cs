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
        builder.HasIndex(f => new { f.Key, f.Version }).IsUnique().HasDatabaseName("ix_forms_key_version");
    }
}
