using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RecordReviewedAmountsAndChangeClassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "amount",
                table: "project_reviews",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_major",
                table: "change_requests",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "major_grounds",
                table: "change_requests",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "new_year_budgets",
                table: "change_requests",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "amount",
                table: "project_reviews");

            migrationBuilder.DropColumn(
                name: "is_major",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "major_grounds",
                table: "change_requests");

            migrationBuilder.DropColumn(
                name: "new_year_budgets",
                table: "change_requests");
        }
    }
}
