using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SystemMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "management_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    system_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    filed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    filed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_management_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_management_rules_system",
                        column: x => x.system_id,
                        principalTable: "information_systems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    system_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    checked_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_checks", x => x.id);
                    table.ForeignKey(
                        name: "fk_monitoring_checks_system",
                        column: x => x.system_id,
                        principalTable: "information_systems",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_management_rules_system",
                table: "management_rules",
                columns: new[] { "system_id", "effective_on" });

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_checks_system_day",
                table: "monitoring_checks",
                columns: new[] { "system_id", "checked_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "management_rules");

            migrationBuilder.DropTable(
                name: "monitoring_checks");
        }
    }
}
