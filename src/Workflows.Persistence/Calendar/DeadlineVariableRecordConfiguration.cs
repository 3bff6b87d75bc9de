using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Calendar;

internal sealed class DeadlineVariableRecordConfiguration : IEntityTypeConfiguration<DeadlineVariableRecord>
{
    public void Configure(EntityTypeBuilder<DeadlineVariableRecord> builder)
    {
        builder.ToTable("calendar_deadline_variables");
        builder.HasKey(d => new { d.InstanceId, d.Name });
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => d.WorkingDay).HasDatabaseName("ix_calendar_deadline_variables_working_day");
    }
}
