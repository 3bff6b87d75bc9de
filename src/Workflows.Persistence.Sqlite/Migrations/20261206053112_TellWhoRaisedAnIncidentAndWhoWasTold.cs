using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TellWhoRaisedAnIncidentAndWhoWasTold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "notified_users",
                table: "incidents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "raised_by",
                table: "incidents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "resolution_note",
                table: "incidents",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "notified_users",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "raised_by",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "resolution_note",
                table: "incidents");
        }
    }
}
