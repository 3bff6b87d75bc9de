namespace Workflows.Persistence.Sqlite;

/// <summary>
/// The SQLite triggers that copy a task's inbox order keys (status, whether it is assigned, due date, priority, creation)
/// onto its candidate rows, in the statement's own transaction, whichever code path wrote the task; and the statement that
/// copies them for the rows already there.
/// </summary>
public static class InboxOrderTriggers
{
    public const string Create = """
        CREATE TRIGGER trg_user_task_candidates_sorted AFTER INSERT ON user_task_candidates BEGIN
        UPDATE user_task_candidates SET (task_status, task_assigned, task_due_at, task_priority, task_created_at) =
            (SELECT status, assignee IS NOT NULL, due_at, priority, created_at FROM user_tasks WHERE id = NEW.task_id)
            WHERE task_id = NEW.task_id AND kind = NEW.kind AND value = NEW.value;
        END;
        CREATE TRIGGER trg_user_tasks_sorted AFTER UPDATE OF status, assignee, due_at, priority, created_at ON user_tasks
        WHEN OLD.status IS NOT NEW.status OR (OLD.assignee IS NULL) <> (NEW.assignee IS NULL) OR OLD.due_at IS NOT NEW.due_at
            OR OLD.priority IS NOT NEW.priority OR OLD.created_at IS NOT NEW.created_at BEGIN
        UPDATE user_task_candidates SET task_status = NEW.status, task_assigned = NEW.assignee IS NOT NULL, task_due_at = NEW.due_at,
            task_priority = NEW.priority, task_created_at = NEW.created_at
            WHERE task_id = NEW.id;
        END;
        """;

    public const string Fill = """
        UPDATE user_task_candidates SET (task_status, task_assigned, task_due_at, task_priority, task_created_at) =
            (SELECT status, assignee IS NOT NULL, due_at, priority, created_at FROM user_tasks WHERE id = user_task_candidates.task_id);
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS trg_user_task_candidates_sorted;
        DROP TRIGGER IF EXISTS trg_user_tasks_sorted;
        """;
}
