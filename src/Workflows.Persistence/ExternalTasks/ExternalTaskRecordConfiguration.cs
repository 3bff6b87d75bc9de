using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.ExternalTasks;

internal sealed class ExternalTaskRecordConfiguration : IEntityTypeConfiguration<ExternalTaskRecord>
{
    public void Configure(EntityTypeBuilder<ExternalTaskRecord> builder)
    {
        builder.ToTable("external_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Topic).HasMaxLength(200);
        builder.Property(t => t.ActivityId).HasMaxLength(200);
        builder.Property(t => t.DefinitionKey).HasMaxLength(200);
        builder.Property(t => t.BusinessKey).HasMaxLength(200);
        builder.Property(t => t.WorkerId).HasMaxLength(200);
        builder.Property(t => t.LockedBy).HasMaxLength(256);
        builder.Property(t => t.ErrorMessage).HasMaxLength(4000);
        builder.Property(t => t.Revision).IsConcurrencyToken();
        builder.HasIndex(t => new { t.Topic, t.LockExpiresAt }).HasDatabaseName("ix_external_tasks_topic_lock");
        builder.HasIndex(t => t.InstanceId).HasDatabaseName("ix_external_tasks_instance");
    }
}
