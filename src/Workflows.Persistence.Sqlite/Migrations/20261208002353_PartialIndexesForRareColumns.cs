using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PartialIndexesForRareColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_tasks_completed_by_due_order",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_owner_due_order",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_process_instances_parent",
                table: "process_instances");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_completed_by_due_order",
                table: "user_tasks",
                columns: new[] { "completed_by", "status", "due_at", "priority", "created_at", "id" },
                descending: new[] { false, false, false, true, false, false },
                filter: "completed_by IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_owner_due_order",
                table: "user_tasks",
                columns: new[] { "owner", "status", "due_at", "priority", "created_at", "id" },
                descending: new[] { false, false, false, true, false, false },
                filter: "owner IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_process_instances_parent",
                table: "process_instances",
                column: "parent_instance_id",
                filter: "parent_instance_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_tasks_completed_by_due_order",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_owner_due_order",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_process_instances_parent",
                table: "process_instances");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_completed_by_due_order",
                table: "user_tasks",
                columns: new[] { "completed_by", "status", "due_at", "priority", "created_at", "id" },
                descending: new[] { false, false, false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_owner_due_order",
                table: "user_tasks",
                columns: new[] { "owner", "status", "due_at", "priority", "created_at", "id" },
                descending: new[] { false, false, false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_process_instances_parent",
                table: "process_instances",
                column: "parent_instance_id");
        }
    }
}
