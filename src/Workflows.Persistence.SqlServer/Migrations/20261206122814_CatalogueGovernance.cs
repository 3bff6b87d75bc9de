using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueGovernance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "entry_status",
                table: "information_systems",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "is_classified",
                table: "information_systems",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "migrated_on",
                table: "information_systems",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "migration_due_on",
                table: "information_systems",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "proposed_by",
                table: "information_systems",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refusal_reason",
                table: "information_systems",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "retired_on",
                table: "information_systems",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "retirement_reason",
                table: "information_systems",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reviewed_at",
                table: "information_systems",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reviewed_by",
                table: "information_systems",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "shared_data_resources",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    system_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    project_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    sources = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    formats = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    update_frequency = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    sharing = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    responsible_party = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    listed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    updated_by = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shared_data_resources", x => x.id);
                    table.ForeignKey(
                        name: "fk_shared_data_resources_project",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_shared_data_resources_system",
                        column: x => x.system_id,
                        principalTable: "information_systems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shared_data_resources_project_id",
                table: "shared_data_resources",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "ix_shared_data_resources_system_project",
                table: "shared_data_resources",
                columns: new[] { "system_id", "project_id" },
                unique: true);

            // Art. 10: the systems already listed were the bureau's catalogue: confirmed when they were listed.
            migrationBuilder.Sql("UPDATE information_systems SET entry_status = 'Confirmed', reviewed_at = listed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shared_data_resources");

            migrationBuilder.DropColumn(
                name: "entry_status",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "is_classified",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "migrated_on",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "migration_due_on",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "proposed_by",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "refusal_reason",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "retired_on",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "retirement_reason",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "information_systems");

            migrationBuilder.DropColumn(
                name: "reviewed_by",
                table: "information_systems");
        }
    }
}
