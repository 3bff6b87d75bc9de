namespace Workflows.Persistence.SqlServer;

/// <summary>
/// The SQL Server triggers that copy a task's inbox order keys (status, whether it is assigned, due date, priority, creation)
/// onto its candidate rows, in the statement's own transaction, whichever code path wrote the task; and the statement that
/// copies them for the rows already there.
/// </summary>
public static class InboxOrderTriggers
{
    public static readonly string[] Create =
    [
        """
        CREATE TRIGGER trg_user_task_candidates_sorted ON user_task_candidates AFTER INSERT AS
        BEGIN
            SET NOCOUNT ON;
            UPDATE c SET task_status = t.status, task_assigned = CASE WHEN t.assignee IS NULL THEN 0 ELSE 1 END, task_due_at = t.due_at,
                task_priority = t.priority, task_created_at = t.created_at
            FROM user_task_candidates c
            JOIN inserted i ON i.task_id = c.task_id AND i.kind = c.kind AND i.value = c.value
            JOIN user_tasks t ON t.id = c.task_id;
        END
        """,
        """
        CREATE TRIGGER trg_user_tasks_sorted ON user_tasks AFTER UPDATE AS
        BEGIN
            SET NOCOUNT ON;
            IF NOT (UPDATE(status) OR UPDATE(assignee) OR UPDATE(due_at) OR UPDATE(priority) OR UPDATE(created_at)) RETURN;
            UPDATE c SET task_status = i.status, task_assigned = CASE WHEN i.assignee IS NULL THEN 0 ELSE 1 END, task_due_at = i.due_at,
                task_priority = i.priority, task_created_at = i.created_at
            FROM user_task_candidates c
            JOIN inserted i ON i.id = c.task_id;
        END
        """,
    ];

    public const string Fill = """
        UPDATE c SET task_status = t.status, task_assigned = CASE WHEN t.assignee IS NULL THEN 0 ELSE 1 END, task_due_at = t.due_at,
            task_priority = t.priority, task_created_at = t.created_at
        FROM user_task_candidates c JOIN user_tasks t ON t.id = c.task_id;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS trg_user_task_candidates_sorted;
        DROP TRIGGER IF EXISTS trg_user_tasks_sorted;
        """;
}
