using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SecurityAssessmentsAndCityCoBuilding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "co_built_with_city",
                table: "projects",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "cryptography_plan",
                table: "projects",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "municipal_partner",
                table: "projects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "municipal_share",
                table: "projects",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "protection_level",
                table: "projects",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "security_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assessor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    conclusion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    next_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminded_for = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_security_assessments_project",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_security_assessments_project_kind",
                table: "security_assessments",
                columns: new[] { "project_id", "kind", "assessed_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "security_assessments");

            migrationBuilder.DropColumn(
                name: "co_built_with_city",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "cryptography_plan",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "municipal_partner",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "municipal_share",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "protection_level",
                table: "projects");
        }
    }
}
