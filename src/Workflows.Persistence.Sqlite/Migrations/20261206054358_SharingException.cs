using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SharingException : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "shares_nothing",
                table: "projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "sharing_exception_decided_at",
                table: "projects",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sharing_exception_decided_by",
                table: "projects",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sharing_exception_reason",
                table: "projects",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "shares_nothing",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "sharing_exception_decided_at",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "sharing_exception_decided_by",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "sharing_exception_reason",
                table: "projects");
        }
    }
}
