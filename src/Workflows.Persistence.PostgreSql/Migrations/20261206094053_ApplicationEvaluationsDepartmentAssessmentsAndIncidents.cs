using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationEvaluationsDepartmentAssessmentsAndIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "application_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    system_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    evaluator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    document_review = table.Column<bool>(type: "boolean", nullable: false),
                    third_party = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    questionnaire_responses = table.Column<int>(type: "integer", nullable: true),
                    conclusion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_evaluations_system",
                        column: x => x.system_id,
                        principalTable: "information_systems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "department_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    remarks = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_department_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_department_assessments_department",
                        column: x => x.department_code,
                        principalTable: "departments",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "emergency_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    system_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    dated = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_emergency_records_system",
                        column: x => x.system_id,
                        principalTable: "information_systems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "security_incidents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    system_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    severity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    handling = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    reported_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_incidents", x => x.id);
                    table.ForeignKey(
                        name: "fk_security_incidents_system",
                        column: x => x.system_id,
                        principalTable: "information_systems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_evaluation_scores",
                columns: table => new
                {
                    dimension = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<int>(type: "integer", nullable: false),
                    conclusion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_evaluation_scores", x => new { x.evaluation_id, x.dimension });
                    table.ForeignKey(
                        name: "fk_application_evaluation_scores_evaluation",
                        column: x => x.evaluation_id,
                        principalTable: "application_evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_evaluations_system_year",
                table: "application_evaluations",
                columns: new[] { "system_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_application_evaluations_year",
                table: "application_evaluations",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ux_department_assessments_department_year",
                table: "department_assessments",
                columns: new[] { "department_code", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_emergency_records_system_kind",
                table: "emergency_records",
                columns: new[] { "system_id", "kind", "dated" });

            migrationBuilder.CreateIndex(
                name: "ix_security_incidents_system",
                table: "security_incidents",
                columns: new[] { "system_id", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_evaluation_scores");

            migrationBuilder.DropTable(
                name: "department_assessments");

            migrationBuilder.DropTable(
                name: "emergency_records");

            migrationBuilder.DropTable(
                name: "security_incidents");

            migrationBuilder.DropTable(
                name: "application_evaluations");
        }
    }
}
