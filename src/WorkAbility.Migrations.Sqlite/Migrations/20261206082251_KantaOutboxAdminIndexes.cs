using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KantaOutboxAdminIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_plan_document_deliveries_QueuedAt",
                table: "plan_document_deliveries",
                column: "QueuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_plan_document_deliveries_Status_QueuedAt",
                table: "plan_document_deliveries",
                columns: new[] { "Status", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_plan_document_deliveries_QueuedAt",
                table: "plan_document_deliveries");

            migrationBuilder.DropIndex(
                name: "IX_plan_document_deliveries_Status_QueuedAt",
                table: "plan_document_deliveries");
        }
    }
}
