using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Persistence.Tasks;

namespace Workflows.Persistence.Attachments;

internal sealed class TaskAttachmentConfiguration : IEntityTypeConfiguration<TaskAttachment>
{
    public void Configure(EntityTypeBuilder<TaskAttachment> builder)
    {
        builder.ToTable("task_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(260).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(a => a.UploadedBy).HasMaxLength(256);
        builder.HasOne<UserTaskRecord>().WithMany().HasForeignKey(a => a.TaskId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_task_attachments_task");
        builder.HasIndex(a => new { a.TaskId, a.UploadedAt }).HasDatabaseName("ix_task_attachments_task_uploaded");
    }
}
