using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExternalTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "external_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    topic = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    instance_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    execution_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    activity_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    definition_key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    business_key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    priority = table.Column<long>(type: "bigint", nullable: false),
                    worker_id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    locked_by = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    lock_expires_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    retries = table.Column<int>(type: "int", nullable: true),
                    error_message = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    error_details = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_external_tasks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_external_tasks_instance",
                table: "external_tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_tasks_topic_lock",
                table: "external_tasks",
                columns: new[] { "topic", "lock_expires_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "external_tasks");
        }
    }
}
