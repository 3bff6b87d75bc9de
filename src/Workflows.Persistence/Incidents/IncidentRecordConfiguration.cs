using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Incidents;

internal sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ActivityId).HasMaxLength(200);
        builder.Property(i => i.Message).HasMaxLength(4000);
        builder.Property(i => i.ResolvedBy).HasMaxLength(256);
        builder.Property(i => i.RaisedBy).HasMaxLength(256);
        builder.Property(i => i.NotifiedUsers).HasMaxLength(2000);
        builder.Property(i => i.ResolutionNote).HasMaxLength(2000);
        builder.HasIndex(i => new { i.Resolved, i.CreatedAt }).HasDatabaseName("ix_incidents_resolved_created");
        builder.HasIndex(i => i.InstanceId).HasDatabaseName("ix_incidents_instance");
    }
}
