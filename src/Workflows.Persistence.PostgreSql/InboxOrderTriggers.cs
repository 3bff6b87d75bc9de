namespace Workflows.Persistence.PostgreSql;

/// <summary>
/// The PostgreSQL triggers that copy a task's inbox order keys (status, whether it is assigned, due date, priority, creation)
/// onto its candidate rows, in the statement's own transaction, whichever code path wrote the task; and the statement that
/// copies them for the rows already there. A candidate row takes them before it is written; a task's change rewrites its
/// candidates under the task row's own lock, so two writers of one task are already serialized.
/// </summary>
public static class InboxOrderTriggers
{
    public const string Create = """
        CREATE FUNCTION trg_user_task_candidates_sorted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            SELECT t.status, t.assignee IS NOT NULL, t.due_at, t.priority, t.created_at
                INTO NEW.task_status, NEW.task_assigned, NEW.task_due_at, NEW.task_priority, NEW.task_created_at
                FROM user_tasks t WHERE t.id = NEW.task_id;
            RETURN NEW;
        END $$;

        CREATE TRIGGER trg_user_task_candidates_sorted BEFORE INSERT ON user_task_candidates
            FOR EACH ROW EXECUTE FUNCTION trg_user_task_candidates_sorted();

        CREATE FUNCTION trg_user_tasks_sorted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE user_task_candidates SET task_status = NEW.status, task_assigned = NEW.assignee IS NOT NULL, task_due_at = NEW.due_at,
                task_priority = NEW.priority, task_created_at = NEW.created_at
                WHERE task_id = NEW.id;
            RETURN NULL;
        END $$;

        CREATE TRIGGER trg_user_tasks_sorted AFTER UPDATE OF status, assignee, due_at, priority, created_at ON user_tasks
            FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR (OLD.assignee IS NULL) <> (NEW.assignee IS NULL)
                OR OLD.due_at IS DISTINCT FROM NEW.due_at OR OLD.priority <> NEW.priority OR OLD.created_at <> NEW.created_at)
            EXECUTE FUNCTION trg_user_tasks_sorted();
        """;

    public const string Fill = """
        UPDATE user_task_candidates c SET task_status = t.status, task_assigned = t.assignee IS NOT NULL, task_due_at = t.due_at,
            task_priority = t.priority, task_created_at = t.created_at
            FROM user_tasks t WHERE t.id = c.task_id;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS trg_user_task_candidates_sorted ON user_task_candidates;
        DROP TRIGGER IF EXISTS trg_user_tasks_sorted ON user_tasks;
        DROP FUNCTION IF EXISTS trg_user_task_candidates_sorted();
        DROP FUNCTION IF EXISTS trg_user_tasks_sorted();
        """;
}
