using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.PostgreSql.Migrations
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    marked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    marked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    withdrawn_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    evaluator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    conclusion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    problems = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recommendations = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    report_document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    evaluated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
