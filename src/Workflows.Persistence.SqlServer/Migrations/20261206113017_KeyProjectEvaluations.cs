using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class KeyProjectEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "key_project_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    project_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    marked_by = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    marked_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    instance_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    withdrawn_by = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    evaluator = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    grade = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    score = table.Column<decimal>(type: "decimal(5,1)", precision: 5, scale: 1, nullable: true),
                    conclusion = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    problems = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    recommendations = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    report_document_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    evaluated_by = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    evaluated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_key_project_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_key_project_evaluations_project",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_key_project_evaluations_report",
                        column: x => x.report_document_id,
                        principalTable: "project_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_key_project_evaluations_report_document_id",
                table: "key_project_evaluations",
                column: "report_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_key_project_evaluations_year",
                table: "key_project_evaluations",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ux_key_project_evaluations_project_year",
                table: "key_project_evaluations",
                columns: new[] { "project_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "key_project_evaluations");
        }
    }
}
