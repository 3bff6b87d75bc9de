using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AnnualPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "plan_entry_id",
                table: "projects",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "established_on",
                table: "departments",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "plan_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    department_code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    estimated_budget = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    return_reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_entries_department",
                        column: x => x.department_code,
                        principalTable: "departments",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_projects_plan_entry_id",
                table: "projects",
                column: "plan_entry_id");

            migrationBuilder.CreateIndex(
                name: "IX_plan_entries_department_code",
                table: "plan_entries",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_plan_entries_year_department",
                table: "plan_entries",
                columns: new[] { "year", "department_code" });

            migrationBuilder.AddForeignKey(
                name: "fk_projects_plan_entry",
                table: "projects",
                column: "plan_entry_id",
                principalTable: "plan_entries",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_projects_plan_entry",
                table: "projects");

            migrationBuilder.DropTable(
                name: "plan_entries");

            migrationBuilder.DropIndex(
                name: "IX_projects_plan_entry_id",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "plan_entry_id",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "established_on",
                table: "departments");
        }
    }
}
