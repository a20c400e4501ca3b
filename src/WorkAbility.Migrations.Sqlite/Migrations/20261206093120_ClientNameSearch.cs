using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClientNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_support_cases_desk_caseload",
                table: "support_cases",
                columns: new[] { "CoordinatorId", "StageChangedAt" },
                filter: "\"Stage\" <> 'Ended'");

            migrationBuilder.CreateIndex(
                name: "ix_support_cases_desk_stages",
                table: "support_cases",
                columns: new[] { "CoordinatorId", "Stage" },
                filter: "\"Stage\" <> 'Ended'");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_Stage_Path",
                table: "support_cases",
                columns: new[] { "Stage", "Path" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_support_cases_desk_caseload",
                table: "support_cases");

            migrationBuilder.DropIndex(
                name: "ix_support_cases_desk_stages",
                table: "support_cases");

            migrationBuilder.DropIndex(
                name: "IX_support_cases_Stage_Path",
                table: "support_cases");
        }
    }
}
