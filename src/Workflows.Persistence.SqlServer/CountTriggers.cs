namespace Workflows.Persistence.SqlServer;

/// <summary>
/// The SQL Server triggers that keep the counter rows of the lists and the dashboard (<c>department_project_counts</c>,
/// <c>department_open_task_counts</c>) in the statement's own transaction, and the statements that fill them from the rows
/// already there. Each trigger merges its statement's deltas under <c>HOLDLOCK</c> in key order, so concurrent writers
/// never lose an increment nor insert a counter row twice.
/// </summary>
public static class CountTriggers
{
    private const string MergeProjectDeltas = """
        MERGE department_project_counts WITH (HOLDLOCK) AS counts
        USING (SELECT department_code, stage, SUM(led) AS led, SUM(co_built) AS co_built FROM @moved GROUP BY department_code, stage) AS moved
        ON counts.department_code = moved.department_code AND counts.stage = moved.stage
        WHEN MATCHED THEN UPDATE SET led = counts.led + moved.led, co_built = counts.co_built + moved.co_built
        WHEN NOT MATCHED THEN INSERT (department_code, stage, led, co_built) VALUES (moved.department_code, moved.stage, moved.led, moved.co_built);
        """;

    private const string MovedTable = "DECLARE @moved TABLE (department_code nvarchar(64) NOT NULL, stage nvarchar(32) NOT NULL, led int NOT NULL, co_built int NOT NULL);";

    public static readonly string[] Create =
    [
        $"""
        CREATE TRIGGER trg_projects_counted ON projects AFTER INSERT, UPDATE AS
        BEGIN
            SET NOCOUNT ON;
            IF NOT (UPDATE(stage) OR UPDATE(lead_department_code)) RETURN;
            {MovedTable}
            INSERT INTO @moved SELECT lead_department_code, stage, -1, 0 FROM deleted;
            INSERT INTO @moved SELECT c.department_code, d.stage, 0, -1 FROM deleted d
                JOIN project_co_builders c ON c.project_id = d.id AND c.department_code <> d.lead_department_code;
            INSERT INTO @moved SELECT lead_department_code, stage, 1, 0 FROM inserted;
            INSERT INTO @moved SELECT c.department_code, i.stage, 0, 1 FROM inserted i
                JOIN project_co_builders c ON c.project_id = i.id AND c.department_code <> i.lead_department_code;
            {MergeProjectDeltas}
        END
        """,
        // Instead of the delete: the co-builders are still there to be counted out, and the cascade that removes them
        // afterwards finds no project and counts nothing.
        $"""
        CREATE TRIGGER trg_projects_counted_delete ON projects INSTEAD OF DELETE AS
        BEGIN
            SET NOCOUNT ON;
            {MovedTable}
            INSERT INTO @moved SELECT lead_department_code, stage, -1, 0 FROM deleted;
            INSERT INTO @moved SELECT c.department_code, d.stage, 0, -1 FROM deleted d
                JOIN project_co_builders c ON c.project_id = d.id AND c.department_code <> d.lead_department_code;
            {MergeProjectDeltas}
            DELETE FROM projects WHERE id IN (SELECT id FROM deleted);
        END
        """,
        $"""
        CREATE TRIGGER trg_project_co_builders_counted ON project_co_builders AFTER INSERT, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            {MovedTable}
            INSERT INTO @moved SELECT i.department_code, p.stage, 0, 1 FROM inserted i
                JOIN projects p WITH (UPDLOCK) ON p.id = i.project_id AND p.lead_department_code <> i.department_code;
            INSERT INTO @moved SELECT d.department_code, p.stage, 0, -1 FROM deleted d
                JOIN projects p WITH (UPDLOCK) ON p.id = d.project_id AND p.lead_department_code <> d.department_code;
            {MergeProjectDeltas}
        END
        """,
        """
        CREATE TRIGGER trg_user_tasks_counted ON user_tasks AFTER INSERT, UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            MERGE department_open_task_counts WITH (HOLDLOCK) AS counts
            USING (SELECT department_code, SUM(delta) AS delta FROM (
                    SELECT department_code, -1 AS delta FROM deleted WHERE status = 'Open' AND department_code IS NOT NULL
                    UNION ALL
                    SELECT department_code, 1 FROM inserted WHERE status = 'Open' AND department_code IS NOT NULL) AS rows
                GROUP BY department_code HAVING SUM(delta) <> 0) AS moved
            ON counts.department_code = moved.department_code
            WHEN MATCHED THEN UPDATE SET open_tasks = counts.open_tasks + moved.delta
            WHEN NOT MATCHED THEN INSERT (department_code, open_tasks) VALUES (moved.department_code, moved.delta);
        END
        """,
    ];

    /// <summary>Counts the rows already there, once, when the counters are created.</summary>
    public const string Fill = """
        INSERT INTO department_project_counts (department_code, stage, led, co_built)
            SELECT department_code, stage, SUM(led), SUM(co_built) FROM (
                SELECT lead_department_code AS department_code, stage, 1 AS led, 0 AS co_built FROM projects
                UNION ALL
                SELECT c.department_code, p.stage, 0, 1 FROM project_co_builders c JOIN projects p ON p.id = c.project_id
                    WHERE c.department_code <> p.lead_department_code) AS rows
            GROUP BY department_code, stage;
        INSERT INTO department_open_task_counts (department_code, open_tasks)
            SELECT department_code, COUNT(*) FROM user_tasks WHERE status = 'Open' AND department_code IS NOT NULL GROUP BY department_code;
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS trg_projects_counted;
        DROP TRIGGER IF EXISTS trg_projects_counted_delete;
        DROP TRIGGER IF EXISTS trg_project_co_builders_counted;
        DROP TRIGGER IF EXISTS trg_user_tasks_counted;
        """;
}
