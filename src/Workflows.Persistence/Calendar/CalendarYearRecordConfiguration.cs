using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Calendar;

internal sealed class CalendarYearRecordConfiguration : IEntityTypeConfiguration<CalendarYearRecord>
{
    public void Configure(EntityTypeBuilder<CalendarYearRecord> builder)
    {
        builder.ToTable("calendar_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        // A year has a few dozen dates: one text column each, ISO dates separated by commas, reads the same on every provider.
        builder.Property(y => y.OffDays).HasConversion(DateListConverter.Instance, DateListConverter.Comparer).HasMaxLength(4000);
        builder.Property(y => y.WorkDays).HasConversion(DateListConverter.Instance, DateListConverter.Comparer).HasMaxLength(4000);
        builder.Property(y => y.Source).HasMaxLength(400);
        builder.Property(y => y.AddedBy).HasMaxLength(256);
    }
}
