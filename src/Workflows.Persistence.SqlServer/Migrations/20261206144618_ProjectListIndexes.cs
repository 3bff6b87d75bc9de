using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProjectListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_projects_lead_department_code",
                table: "projects");

            migrationBuilder.CreateIndex(
                name: "ix_projects_funding_status",
                table: "projects",
                column: "funding_status");

            migrationBuilder.CreateIndex(
                name: "ix_projects_lead_department_code_code",
                table: "projects",
                columns: new[] { "lead_department_code", "code" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_name_code",
                table: "projects",
                columns: new[] { "name", "code" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_stage_code",
                table: "projects",
                columns: new[] { "stage", "code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_projects_funding_status",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_lead_department_code_code",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_name_code",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_stage_code",
                table: "projects");

            migrationBuilder.CreateIndex(
                name: "IX_projects_lead_department_code",
                table: "projects",
                column: "lead_department_code");
        }
    }
}
