using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Projects.Domain.Catalogue;

namespace Workflows.Projects.Domain.Security;

internal sealed class EmergencyRecordConfiguration : IEntityTypeConfiguration<EmergencyRecord>
{
    public void Configure(EntityTypeBuilder<EmergencyRecord> builder)
    {
        builder.ToTable("emergency_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.FileName).HasMaxLength(260).IsRequired();
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(r => r.SystemId)
            .HasConstraintName("fk_emergency_records_system");
        builder.HasIndex(r => new { r.SystemId, r.Kind, r.Dated }).HasDatabaseName("ix_emergency_records_system_kind");
    }
}
