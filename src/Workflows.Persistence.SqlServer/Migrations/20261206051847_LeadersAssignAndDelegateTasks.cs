using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LeadersAssignAndDelegateTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "delegation",
                table: "user_tasks",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "owner",
                table: "user_tasks",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_leader",
                table: "asp_net_users",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_owner_status",
                table: "user_tasks",
                columns: new[] { "owner", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_tasks_owner_status",
                table: "user_tasks");

            migrationBuilder.DropColumn(
                name: "delegation",
                table: "user_tasks");

            migrationBuilder.DropColumn(
                name: "owner",
                table: "user_tasks");

            migrationBuilder.DropColumn(
                name: "is_leader",
                table: "asp_net_users");
        }
    }
}
