using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Calendar;

internal sealed class LocalDayOffRecordConfiguration : IEntityTypeConfiguration<LocalDayOffRecord>
{
    public void Configure(EntityTypeBuilder<LocalDayOffRecord> builder)
    {
        builder.ToTable("calendar_local_days_off");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Reason).HasMaxLength(400);
        builder.Property(d => d.AddedBy).HasMaxLength(256);
    }
}
