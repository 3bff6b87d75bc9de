using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SingleDraftPerKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_definitions_single_draft",
                table: "definitions",
                column: "key",
                unique: true,
                filter: "status = 'Draft'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_definitions_single_draft",
                table: "definitions");
        }
    }
}
