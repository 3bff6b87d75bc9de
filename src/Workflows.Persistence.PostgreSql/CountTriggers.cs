namespace Workflows.Persistence.PostgreSql;

/// <summary>
/// The PostgreSQL triggers that keep the counter rows of the lists and the dashboard (<c>department_project_counts</c>,
/// <c>department_open_task_counts</c>) in the statement's own transaction, and the statements that fill them from the rows
/// already there. Each change is an upsert that adds a delta under the counter row's lock, so concurrent writers never lose
/// one; a co-builder reads its project's stage <c>FOR SHARE</c>, so it waits for a stage change in flight and counts the
/// stage that change committed.
/// </summary>
public static class CountTriggers
{
    public const string Create = """
        -- One upsert of every counter row the change moves, in key order, so two changes never lock two rows in opposite orders.
        CREATE FUNCTION trg_projects_counted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO department_project_counts AS counts (department_code, stage, led, co_built)
            SELECT department_code, stage, SUM(led), SUM(co_built) FROM (
                SELECT OLD.lead_department_code AS department_code, OLD.stage AS stage, -1 AS led, 0 AS co_built WHERE TG_OP <> 'INSERT'
                UNION ALL
                SELECT c.department_code, OLD.stage, 0, -1 FROM project_co_builders c
                    WHERE TG_OP <> 'INSERT' AND c.project_id = OLD.id AND c.department_code <> OLD.lead_department_code
                UNION ALL
                SELECT NEW.lead_department_code, NEW.stage, 1, 0 WHERE TG_OP <> 'DELETE'
                UNION ALL
                SELECT c.department_code, NEW.stage, 0, 1 FROM project_co_builders c
                    WHERE TG_OP <> 'DELETE' AND c.project_id = NEW.id AND c.department_code <> NEW.lead_department_code) AS moved
            GROUP BY department_code, stage ORDER BY department_code, stage
            ON CONFLICT (department_code, stage) DO UPDATE SET led = counts.led + excluded.led, co_built = counts.co_built + excluded.co_built;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$;

        CREATE TRIGGER trg_projects_counted_insert AFTER INSERT ON projects
            FOR EACH ROW EXECUTE FUNCTION trg_projects_counted();
        CREATE TRIGGER trg_projects_counted_update AFTER UPDATE OF stage, lead_department_code ON projects
            FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.lead_department_code IS DISTINCT FROM NEW.lead_department_code)
            EXECUTE FUNCTION trg_projects_counted();
        -- Before the delete: the cascade removes the co-builders after it, when their project is gone and they count nothing.
        CREATE TRIGGER trg_projects_counted_delete BEFORE DELETE ON projects
            FOR EACH ROW EXECUTE FUNCTION trg_projects_counted();

        CREATE FUNCTION trg_project_co_builders_counted() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            co_builder project_co_builders%ROWTYPE;
            project_stage text;
        BEGIN
            IF TG_OP = 'DELETE' THEN co_builder := OLD; ELSE co_builder := NEW; END IF;
            SELECT p.stage INTO project_stage FROM projects p
                WHERE p.id = co_builder.project_id AND p.lead_department_code <> co_builder.department_code FOR SHARE;
            IF project_stage IS NOT NULL THEN
                INSERT INTO department_project_counts AS counts (department_code, stage, led, co_built)
                VALUES (co_builder.department_code, project_stage, 0, CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END)
                ON CONFLICT (department_code, stage) DO UPDATE SET co_built = counts.co_built + excluded.co_built;
            END IF;
            RETURN NULL;
        END $$;

        CREATE TRIGGER trg_project_co_builders_counted AFTER INSERT OR DELETE ON project_co_builders
            FOR EACH ROW EXECUTE FUNCTION trg_project_co_builders_counted();

        CREATE FUNCTION trg_user_tasks_counted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO department_open_task_counts AS counts (department_code, open_tasks)
            SELECT department_code, SUM(delta) FROM (
                SELECT OLD.department_code AS department_code, -1 AS delta
                    WHERE TG_OP <> 'INSERT' AND OLD.status = 'Open' AND OLD.department_code IS NOT NULL
                UNION ALL
                SELECT NEW.department_code, 1 WHERE TG_OP <> 'DELETE' AND NEW.status = 'Open' AND NEW.department_code IS NOT NULL) AS moved
            GROUP BY department_code ORDER BY department_code
            ON CONFLICT (department_code) DO UPDATE SET open_tasks = counts.open_tasks + excluded.open_tasks;
            RETURN NULL;
        END $$;

        -- Deferred to the commit, which holds a department's counter row for an instant: a command that completes one
        -- department's task and opens another's would otherwise keep both rows locked for its whole transaction.
        CREATE CONSTRAINT TRIGGER trg_user_tasks_counted_insert AFTER INSERT ON user_tasks DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (NEW.status = 'Open' AND NEW.department_code IS NOT NULL) EXECUTE FUNCTION trg_user_tasks_counted();
        CREATE CONSTRAINT TRIGGER trg_user_tasks_counted_update AFTER UPDATE OF status, department_code ON user_tasks DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN ((OLD.status IS DISTINCT FROM NEW.status OR OLD.department_code IS DISTINCT FROM NEW.department_code)
                AND ((OLD.status = 'Open' AND OLD.department_code IS NOT NULL) OR (NEW.status = 'Open' AND NEW.department_code IS NOT NULL)))
            EXECUTE FUNCTION trg_user_tasks_counted();
        CREATE CONSTRAINT TRIGGER trg_user_tasks_counted_delete AFTER DELETE ON user_tasks DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (OLD.status = 'Open' AND OLD.department_code IS NOT NULL) EXECUTE FUNCTION trg_user_tasks_counted();
        """;

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
        DROP TRIGGER IF EXISTS trg_projects_counted_insert ON projects;
        DROP TRIGGER IF EXISTS trg_projects_counted_update ON projects;
        DROP TRIGGER IF EXISTS trg_projects_counted_delete ON projects;
        DROP TRIGGER IF EXISTS trg_project_co_builders_counted ON project_co_builders;
        DROP TRIGGER IF EXISTS trg_user_tasks_counted_insert ON user_tasks;
        DROP TRIGGER IF EXISTS trg_user_tasks_counted_update ON user_tasks;
        DROP TRIGGER IF EXISTS trg_user_tasks_counted_delete ON user_tasks;
        DROP FUNCTION IF EXISTS trg_projects_counted();
        DROP FUNCTION IF EXISTS trg_project_co_builders_counted();
        DROP FUNCTION IF EXISTS trg_user_tasks_counted();
        """;
}
