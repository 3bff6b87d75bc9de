namespace Workflows.Persistence.Sqlite;

/// <summary>
/// The SQLite triggers that keep the counter rows of the lists and the dashboard (<c>department_project_counts</c>,
/// <c>department_open_task_counts</c>) in the statement's own transaction, and the statements that fill them from the rows
/// already there. SQLite writes one transaction at a time, so an increment never races another.
/// </summary>
public static class CountTriggers
{
    /// <summary>Adds one led project; the row is made when missing.</summary>
    private static string AddLed(string row) => $"""
        INSERT OR IGNORE INTO department_project_counts (department_code, stage, led, co_built) SELECT {row}.lead_department_code, {row}.stage, 0, 0;
        UPDATE department_project_counts SET led = led + 1 WHERE department_code = {row}.lead_department_code AND stage = {row}.stage;
        """;

    /// <summary>Takes one led project away; a missing row (a table being emptied) stays missing.</summary>
    private static string SubtractLed(string row) =>
        $"UPDATE department_project_counts SET led = led - 1 WHERE department_code = {row}.lead_department_code AND stage = {row}.stage;";

    /// <summary>The co-builders of project <paramref name="row"/> (OLD or NEW) that are not its lead, moved by <paramref name="delta"/>.</summary>
    private static string AddCoBuilders(string row, string delta) => (delta == "1" ? $"""
        INSERT OR IGNORE INTO department_project_counts (department_code, stage, led, co_built)
            SELECT department_code, {row}.stage, 0, 0 FROM project_co_builders
            WHERE project_id = {row}.id AND department_code <> {row}.lead_department_code;

        """ : "") + $"""
        UPDATE department_project_counts SET co_built = co_built + ({delta})
            WHERE stage = {row}.stage AND department_code IN (SELECT department_code FROM project_co_builders
                WHERE project_id = {row}.id AND department_code <> {row}.lead_department_code);
        """;

    public static readonly string Create = $"""
        CREATE TRIGGER trg_projects_counted_insert AFTER INSERT ON projects BEGIN
        {AddLed("NEW")}
        END;
        CREATE TRIGGER trg_projects_counted_update AFTER UPDATE OF stage, lead_department_code ON projects
        WHEN OLD.stage IS NOT NEW.stage OR OLD.lead_department_code IS NOT NEW.lead_department_code BEGIN
        {SubtractLed("OLD")}
        {AddCoBuilders("OLD", "-1")}
        {AddLed("NEW")}
        {AddCoBuilders("NEW", "1")}
        END;
        CREATE TRIGGER trg_projects_counted_delete BEFORE DELETE ON projects BEGIN
        {SubtractLed("OLD")}
        {AddCoBuilders("OLD", "-1")}
        END;
        CREATE TRIGGER trg_project_co_builders_counted_insert AFTER INSERT ON project_co_builders BEGIN
        INSERT OR IGNORE INTO department_project_counts (department_code, stage, led, co_built)
            SELECT NEW.department_code, stage, 0, 0 FROM projects WHERE id = NEW.project_id AND lead_department_code <> NEW.department_code;
        UPDATE department_project_counts SET co_built = co_built + 1 WHERE department_code = NEW.department_code
            AND stage = (SELECT stage FROM projects WHERE id = NEW.project_id AND lead_department_code <> NEW.department_code);
        END;
        CREATE TRIGGER trg_project_co_builders_counted_delete AFTER DELETE ON project_co_builders BEGIN
        UPDATE department_project_counts SET co_built = co_built - 1 WHERE department_code = OLD.department_code
            AND stage = (SELECT stage FROM projects WHERE id = OLD.project_id AND lead_department_code <> OLD.department_code);
        END;
        CREATE TRIGGER trg_user_tasks_counted_insert AFTER INSERT ON user_tasks
        WHEN NEW.status = 'Open' AND NEW.department_code IS NOT NULL BEGIN
        INSERT OR IGNORE INTO department_open_task_counts (department_code, open_tasks) VALUES (NEW.department_code, 0);
        UPDATE department_open_task_counts SET open_tasks = open_tasks + 1 WHERE department_code = NEW.department_code;
        END;
        CREATE TRIGGER trg_user_tasks_counted_update AFTER UPDATE OF status, department_code ON user_tasks
        WHEN (OLD.status IS NOT NEW.status OR OLD.department_code IS NOT NEW.department_code)
            AND ((OLD.status = 'Open' AND OLD.department_code IS NOT NULL) OR (NEW.status = 'Open' AND NEW.department_code IS NOT NULL)) BEGIN
        UPDATE department_open_task_counts SET open_tasks = open_tasks - 1 WHERE department_code = OLD.department_code AND OLD.status = 'Open';
        INSERT OR IGNORE INTO department_open_task_counts (department_code, open_tasks)
            SELECT NEW.department_code, 0 WHERE NEW.status = 'Open' AND NEW.department_code IS NOT NULL;
        UPDATE department_open_task_counts SET open_tasks = open_tasks + 1 WHERE department_code = NEW.department_code AND NEW.status = 'Open';
        END;
        CREATE TRIGGER trg_user_tasks_counted_delete AFTER DELETE ON user_tasks
        WHEN OLD.status = 'Open' AND OLD.department_code IS NOT NULL BEGIN
        UPDATE department_open_task_counts SET open_tasks = open_tasks - 1 WHERE department_code = OLD.department_code;
        END;
        """;

    /// <summary>Counts the rows already there, once, when the counters are created.</summary>
    public const string Fill = """
        INSERT INTO department_project_counts (department_code, stage, led, co_built)
            SELECT department_code, stage, SUM(led), SUM(co_built) FROM (
                SELECT lead_department_code AS department_code, stage, 1 AS led, 0 AS co_built FROM projects
                UNION ALL
                SELECT c.department_code, p.stage, 0, 1 FROM project_co_builders c JOIN projects p ON p.id = c.project_id
                    WHERE c.department_code <> p.lead_department_code)
            GROUP BY department_code, stage;
        INSERT INTO department_open_task_counts (department_code, open_tasks)
            SELECT department_code, COUNT(*) FROM user_tasks WHERE status = 'Open' AND department_code IS NOT NULL GROUP BY department_code;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS trg_projects_counted_insert;
        DROP TRIGGER IF EXISTS trg_projects_counted_update;
        DROP TRIGGER IF EXISTS trg_projects_counted_delete;
        DROP TRIGGER IF EXISTS trg_project_co_builders_counted_insert;
        DROP TRIGGER IF EXISTS trg_project_co_builders_counted_delete;
        DROP TRIGGER IF EXISTS trg_user_tasks_counted_insert;
        DROP TRIGGER IF EXISTS trg_user_tasks_counted_update;
        DROP TRIGGER IF EXISTS trg_user_tasks_counted_delete;
        """;
}
