using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Jobs;

internal sealed class JobRecordConfiguration : IEntityTypeConfiguration<JobRecord>
{
    public void Configure(EntityTypeBuilder<JobRecord> builder)
    {
        builder.ToTable("jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.ActivityId).HasMaxLength(200);
        builder.Property(j => j.TimerExpression).HasMaxLength(200);
        builder.Property(j => j.TimerCalendar).HasMaxLength(100);
        builder.Property(j => j.LockOwner).HasMaxLength(200);
        builder.HasIndex(j => new { j.Status, j.DueAt }).HasDatabaseName("ix_jobs_status_due");
        builder.HasIndex(j => j.InstanceId).HasDatabaseName("ix_jobs_instance");
        builder.HasIndex(j => j.TaskId).HasDatabaseName("ix_jobs_task");
        builder.HasIndex(j => j.DefinitionId).HasDatabaseName("ix_jobs_definition");
    }
}
