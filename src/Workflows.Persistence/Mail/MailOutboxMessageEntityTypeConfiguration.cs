using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Mail;

internal sealed class MailOutboxMessageEntityTypeConfiguration : IEntityTypeConfiguration<MailOutboxMessage>
{
    public void Configure(EntityTypeBuilder<MailOutboxMessage> builder)
    {
        builder.ToTable("mail_outbox");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.IdempotencyKey).HasMaxLength(200);
        builder.Property(m => m.To).HasMaxLength(320);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.LockOwner).HasMaxLength(64);

        builder.HasIndex(m => m.IdempotencyKey).IsUnique().HasDatabaseName("ux_mail_outbox_idempotency_key");
        // The dispatcher's poll: due pending rows, oldest first.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt }).HasDatabaseName("ix_mail_outbox_status_next_attempt_at");
    }
}
