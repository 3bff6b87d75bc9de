using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.History;

internal sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable("history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedOnAdd();
        builder.Property(h => h.DefinitionKey).HasMaxLength(200);
        builder.Property(h => h.ActivityId).HasMaxLength(200);
        builder.Property(h => h.VariableName).HasMaxLength(200);
        builder.Property(h => h.Actor).HasMaxLength(256);
        builder.Property(h => h.ErrorCode).HasMaxLength(200);
        builder.Property(h => h.ErrorMessage).HasMaxLength(HistoryEntry.MaxErrorMessageLength);
        builder.HasIndex(h => h.InstanceId).HasDatabaseName("ix_history_instance");
        builder.HasIndex(h => h.At).HasDatabaseName("ix_history_at");
    }
}
