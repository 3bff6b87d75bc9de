using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "department_open_task_counts",
                columns: table => new
                {
                    department_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    open_tasks = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_department_open_task_counts", x => x.department_code);
                });

            migrationBuilder.CreateTable(
                name: "department_project_counts",
                columns: table => new
                {
                    department_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    led = table.Column<int>(type: "INTEGER", nullable: false),
                    co_built = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_department_project_counts", x => new { x.department_code, x.stage });
                });

            // The counters start from the rows already there; the triggers keep them from then on.
            migrationBuilder.Sql(CountTriggers.Fill);
            migrationBuilder.Sql(CountTriggers.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CountTriggers.Drop);

            migrationBuilder.DropTable(
                name: "department_open_task_counts");

            migrationBuilder.DropTable(
                name: "department_project_counts");
        }
    }
}
