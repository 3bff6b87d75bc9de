using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class MonitoringRevisionUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_monitoring_checks_system_day",
                table: "monitoring_checks");

            migrationBuilder.CreateIndex(
                name: "ux_monitoring_checks_system_day_revision",
                table: "monitoring_checks",
                columns: new[] { "system_id", "checked_on", "revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_monitoring_checks_system_day_revision",
                table: "monitoring_checks");

            migrationBuilder.CreateIndex(
                name: "ix_monitoring_checks_system_day",
                table: "monitoring_checks",
                columns: new[] { "system_id", "checked_on" });
        }
    }
}
