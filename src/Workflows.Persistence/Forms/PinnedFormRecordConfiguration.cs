using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Forms;

internal sealed class PinnedFormRecordConfiguration : IEntityTypeConfiguration<PinnedFormRecord>
{
    public void Configure(EntityTypeBuilder<PinnedFormRecord> builder)
    {
        builder.ToTable("definition_form_pins");
        builder.HasKey(p => new { p.DefinitionKey, p.DefinitionVersion, p.FormKey });
        builder.Property(p => p.DefinitionKey).HasMaxLength(200);
        builder.Property(p => p.FormKey).HasMaxLength(200);
    }
}
