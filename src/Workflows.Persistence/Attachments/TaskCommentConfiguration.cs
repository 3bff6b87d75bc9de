using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Workflows.Persistence.Tasks;

namespace Workflows.Persistence.Attachments;

internal sealed class TaskCommentConfiguration : IEntityTypeConfiguration<TaskComment>
{
    public void Configure(EntityTypeBuilder<TaskComment> builder)
    {
        builder.ToTable("task_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Author).HasMaxLength(256).IsRequired();
        builder.Property(c => c.AuthorName).HasMaxLength(256);
        builder.Property(c => c.Text).HasMaxLength(TaskComment.MaxTextLength).IsRequired();
        builder.HasOne<UserTaskRecord>().WithMany().HasForeignKey(c => c.TaskId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_task_comments_task");
        builder.HasIndex(c => new { c.TaskId, c.CreatedAt }).HasDatabaseName("ix_task_comments_task_created");
    }
}
