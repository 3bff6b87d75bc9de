using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Persistence.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ProjectDocumentUploadedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_project_documents_project_uploaded_at",
                table: "project_documents",
                columns: new[] { "project_id", "uploaded_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_project_documents_project_uploaded_at",
                table: "project_documents");
        }
    }
}
