using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InboxOrderKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_tasks_assignee_status",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_completed_by_status",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_department_status",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_owner_status",
                table: "user_tasks");

            migrationBuilder.AddColumn<bool>(
                name: "task_assigned",
                table: "user_task_candidates",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "task_created_at",
                table: "user_task_candidates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "task_due_at",
                table: "user_task_candidates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "task_priority",
                table: "user_task_candidates",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "task_status",
                table: "user_task_candidates",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            // The candidates take their tasks' order keys before the indexes are built; the triggers keep them from then on.
            migrationBuilder.Sql(InboxOrderTriggers.Fill);
            foreach (var trigger in InboxOrderTriggers.Create)
                migrationBuilder.Sql(trigger);

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_assignee_due_order",
                table: "user_tasks",
                columns: new[] { "assignee", "status", "due_at", "priority", "created_at", "id" },
                descending: new[] { false, false, false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_completed_by_due_order",
                table: "user_tasks",
                columns: new[] { "completed_by", "status", "due_at", "priority", "created_at", "id" },
                descending: new[] { false, false, false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_department_due_order",
                table: "user_tasks",
                columns: new[] { "department_code", "status", "assignee", "due_at", "priority", "created_at", "id" },
                descending: new[] { false, false, false, false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_owner_due_order",
                table: "user_tasks",
                columns: new[] { "owner", "status", "due_at", "priority", "created_at", "id" },
                descending: new[] { false, false, false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_user_task_candidates_created_order",
                table: "user_task_candidates",
                columns: new[] { "kind", "value", "task_status", "task_assigned", "task_created_at", "task_id" },
                descending: new[] { false, false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_user_task_candidates_due_order",
                table: "user_task_candidates",
                columns: new[] { "kind", "value", "task_status", "task_assigned", "task_due_at", "task_priority", "task_created_at", "task_id" },
                descending: new[] { false, false, false, false, false, true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(InboxOrderTriggers.Drop);

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_assignee_due_order",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_completed_by_due_order",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_department_due_order",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_owner_due_order",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_task_candidates_created_order",
                table: "user_task_candidates");

            migrationBuilder.DropIndex(
                name: "ix_user_task_candidates_due_order",
                table: "user_task_candidates");

            migrationBuilder.DropColumn(
                name: "task_assigned",
                table: "user_task_candidates");

            migrationBuilder.DropColumn(
                name: "task_created_at",
                table: "user_task_candidates");

            migrationBuilder.DropColumn(
                name: "task_due_at",
                table: "user_task_candidates");

            migrationBuilder.DropColumn(
                name: "task_priority",
                table: "user_task_candidates");

            migrationBuilder.DropColumn(
                name: "task_status",
                table: "user_task_candidates");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_assignee_status",
                table: "user_tasks",
                columns: new[] { "assignee", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_completed_by_status",
                table: "user_tasks",
                columns: new[] { "completed_by", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_department_status",
                table: "user_tasks",
                columns: new[] { "department_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_owner_status",
                table: "user_tasks",
                columns: new[] { "owner", "status" });
        }
    }
}
