using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Tasks;

internal sealed class UserTaskCandidateConfiguration : IEntityTypeConfiguration<UserTaskCandidate>
{
    public void Configure(EntityTypeBuilder<UserTaskCandidate> builder)
    {
        // Triggers copy the task's order keys onto its candidates; SQL Server then needs EF to save without OUTPUT.
        builder.ToTable("user_task_candidates", table => table.HasTrigger("trg_user_task_candidates_sorted"));
        builder.HasKey(c => new { c.TaskId, c.Kind, c.Value });
        builder.Property(c => c.Value).HasMaxLength(256);
        foreach (var copied in new[] { nameof(UserTaskCandidate.TaskStatus), nameof(UserTaskCandidate.TaskAssigned),
                     nameof(UserTaskCandidate.TaskDueAt), nameof(UserTaskCandidate.TaskPriority), nameof(UserTaskCandidate.TaskCreatedAt) })
        {
            var property = builder.Property(copied).Metadata;
            property.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            property.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        }

        // Inbox queries start from "my user name and my groups" and join to the tasks.
        builder.HasIndex(c => new { c.Kind, c.Value, c.TaskId }).HasDatabaseName("ix_user_task_candidates_kind_value");
        // A group's open unassigned tasks in each inbox order, read from here without sorting: due date (the dated ones,
        // then the undated), newest first.
        builder.HasIndex(c => new { c.Kind, c.Value, c.TaskStatus, c.TaskAssigned, c.TaskDueAt, c.TaskPriority, c.TaskCreatedAt, c.TaskId })
            .IsDescending(false, false, false, false, false, true, false, false).HasDatabaseName("ix_user_task_candidates_due_order");
        builder.HasIndex(c => new { c.Kind, c.Value, c.TaskStatus, c.TaskAssigned, c.TaskCreatedAt, c.TaskId })
            .IsDescending(false, false, false, false, true, false).HasDatabaseName("ix_user_task_candidates_created_order");
    }
}
