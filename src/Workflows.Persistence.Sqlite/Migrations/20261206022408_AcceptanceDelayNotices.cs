using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AcceptanceDelayNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "acceptance_delay_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    planned_completion = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    noticed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    rectification_instance_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    ordered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ordered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acceptance_delay_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_acceptance_delay_notices_project",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_acceptance_delay_notices_project_planned",
                table: "acceptance_delay_notices",
                columns: new[] { "project_id", "planned_completion" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acceptance_delay_notices");
        }
    }
}
