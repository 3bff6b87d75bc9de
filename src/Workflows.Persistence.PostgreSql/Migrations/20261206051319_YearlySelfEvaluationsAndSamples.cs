using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class YearlySelfEvaluationsAndSamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "sample_id",
                table: "project_self_evaluations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "sampled",
                table: "project_self_evaluations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "evaluation_samples",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    seed = table.Column<int>(type: "integer", nullable: false),
                    candidates = table.Column<int>(type: "integer", nullable: false),
                    picked = table.Column<int>(type: "integer", nullable: false),
                    drawn_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    drawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_samples", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "self_evaluation_openings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_year = table.Column<int>(type: "integer", nullable: false),
                    disbursed = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_evaluation_openings", x => x.id);
                    table.ForeignKey(
                        name: "fk_self_evaluation_openings_project",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_evaluation_samples_year",
                table: "evaluation_samples",
                column: "budget_year");

            migrationBuilder.CreateIndex(
                name: "ux_self_evaluation_openings_project_year",
                table: "self_evaluation_openings",
                columns: new[] { "project_id", "budget_year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_samples");

            migrationBuilder.DropTable(
                name: "self_evaluation_openings");

            migrationBuilder.DropColumn(
                name: "sample_id",
                table: "project_self_evaluations");

            migrationBuilder.DropColumn(
                name: "sampled",
                table: "project_self_evaluations");
        }
    }
}
