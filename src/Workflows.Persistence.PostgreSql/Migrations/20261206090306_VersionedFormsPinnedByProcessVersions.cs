using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class VersionedFormsPinnedByProcessVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "version",
                table: "forms",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "created_by",
                table: "forms",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "published_at",
                table: "forms",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "published_by",
                table: "forms",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retired_at",
                table: "forms",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "retired_by",
                table: "forms",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "forms",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Published");

            // The forms deployed before versioning were published when they were deployed.
            migrationBuilder.Sql("UPDATE forms SET published_at = created_at");

            migrationBuilder.CreateTable(
                name: "definition_form_pins",
                columns: table => new
                {
                    definition_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    form_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    form_version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definition_form_pins", x => new { x.definition_key, x.definition_version, x.form_key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_forms_key_status",
                table: "forms",
                columns: new[] { "key", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definition_form_pins");

            migrationBuilder.DropIndex(
                name: "ix_forms_key_status",
                table: "forms");

            migrationBuilder.DropColumn(
                name: "created_by",
                table: "forms");

            migrationBuilder.DropColumn(
                name: "published_at",
                table: "forms");

            migrationBuilder.DropColumn(
                name: "published_by",
                table: "forms");

            migrationBuilder.DropColumn(
                name: "retired_at",
                table: "forms");

            migrationBuilder.DropColumn(
                name: "retired_by",
                table: "forms");

            migrationBuilder.DropColumn(
                name: "status",
                table: "forms");

            migrationBuilder.AlterColumn<int>(
                name: "version",
                table: "forms",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
