using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ProjectCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_projects_funding_status",
                table: "projects");

            migrationBuilder.CreateIndex(
                name: "ix_projects_funding_held",
                table: "projects",
                column: "funding_status",
                filter: "funding_status <> 'Normal'");

            migrationBuilder.CreateIndex(
                name: "ix_projects_stage_lead_department",
                table: "projects",
                columns: new[] { "stage", "lead_department_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_projects_funding_held",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "ix_projects_stage_lead_department",
                table: "projects");

            migrationBuilder.CreateIndex(
                name: "ix_projects_funding_status",
                table: "projects",
                column: "funding_status");
        }
    }
}
