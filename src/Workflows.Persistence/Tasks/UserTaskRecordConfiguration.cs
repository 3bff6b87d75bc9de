using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Workflows.Persistence.Tasks;

internal sealed class UserTaskRecordConfiguration : IEntityTypeConfiguration<UserTaskRecord>
{
    public void Configure(EntityTypeBuilder<UserTaskRecord> builder)
    {
        // Triggers keep department_open_task_counts (DepartmentOpenTaskCount); SQL Server then needs EF to save without OUTPUT.
        builder.ToTable("user_tasks", table => table.HasTrigger("trg_user_tasks_counted"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ActivityId).HasMaxLength(200);
        builder.Property(t => t.Name).HasMaxLength(400);
        builder.Property(t => t.Assignee).HasMaxLength(256);
        builder.Property(t => t.FormKey).HasMaxLength(200);
        builder.Property(t => t.ClaimedBy).HasMaxLength(256);
        builder.Property(t => t.CompletedBy).HasMaxLength(256);
        builder.Property(t => t.Owner).HasMaxLength(256);
        builder.Property(t => t.BusinessKey).HasMaxLength(200);
        builder.Property(t => t.DefinitionKey).HasMaxLength(200);
        builder.HasMany(t => t.Candidates).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        // The inbox's order: due date, priority (highest first), age; ListTasks reads it without sorting.
        builder.HasIndex(t => new { t.Status, t.DueAt, t.Priority, t.CreatedAt, t.Id })
            .IsDescending(false, false, true, false, false).HasDatabaseName("ix_user_tasks_status_due_order");
        // An assignee's and a department's tasks in the inbox order, read from here without sorting (ListTasks' branches).
        builder.HasIndex(t => new { t.Assignee, t.Status, t.DueAt, t.Priority, t.CreatedAt, t.Id })
            .IsDescending(false, false, false, true, false, false).HasDatabaseName("ix_user_tasks_assignee_due_order");
        // The inbox counts the tasks a user completed from here rather than reading every task.
        // In the inbox order too: without the order keys SQLite reads these branches from the status/due index, every open task.
        // Only the rows that have a completer or an owner: every query of these two indexes asks for one user's rows, and
        // the open tasks, which have neither, would otherwise each write a page of both at their creation and completion.
        builder.HasIndex(t => new { t.CompletedBy, t.Status, t.DueAt, t.Priority, t.CreatedAt, t.Id })
            .IsDescending(false, false, false, true, false, false).HasFilter("completed_by IS NOT NULL")
            .HasDatabaseName("ix_user_tasks_completed_by_due_order");
        // An owner sees the tasks they delegated until the delegate gives them back.
        builder.HasIndex(t => new { t.Owner, t.Status, t.DueAt, t.Priority, t.CreatedAt, t.Id })
            .IsDescending(false, false, false, true, false, false).HasFilter("owner IS NOT NULL")
            .HasDatabaseName("ix_user_tasks_owner_due_order");
        builder.HasIndex(t => t.InstanceId).HasDatabaseName("ix_user_tasks_instance");
        builder.HasIndex(t => t.BusinessKey).HasDatabaseName("ix_user_tasks_business_key");
        builder.Property(t => t.DepartmentCode).HasMaxLength(64);
        builder.HasIndex(t => new { t.DepartmentCode, t.Status, t.Assignee, t.DueAt, t.Priority, t.CreatedAt, t.Id })
            .IsDescending(false, false, false, false, true, false, false).HasDatabaseName("ix_user_tasks_department_due_order");
    }
}
