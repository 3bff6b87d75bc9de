using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Messages;

internal sealed class MessageSubscriptionRecordConfiguration : IEntityTypeConfiguration<MessageSubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<MessageSubscriptionRecord> builder)
    {
        builder.ToTable("message_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ActivityId).HasMaxLength(200);
        builder.Property(s => s.MessageName).HasMaxLength(200);
        builder.Property(s => s.BusinessKey).HasMaxLength(200);
        builder.HasIndex(s => new { s.MessageName, s.BusinessKey }).HasDatabaseName("ix_message_subscriptions_name_key");
        builder.HasIndex(s => s.InstanceId).HasDatabaseName("ix_message_subscriptions_instance");
    }
}
