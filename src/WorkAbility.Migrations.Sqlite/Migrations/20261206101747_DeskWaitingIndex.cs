using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeskWaitingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_support_cases_desk_waiting",
                table: "support_cases",
                column: "StageChangedAt",
                filter: "\"Stage\" = 'CoordinatorAssessment' AND \"CoordinatorId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_support_cases_desk_waiting",
                table: "support_cases");
        }
    }
}
