using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.PostgreSql.Migrations
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    planned_completion = table.Column<DateOnly>(type: "date", nullable: false),
                    noticed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rectification_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ordered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ordered_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
