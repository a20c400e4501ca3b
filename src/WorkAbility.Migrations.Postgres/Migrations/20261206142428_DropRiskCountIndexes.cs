using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DropRiskCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_risk_states_HolderId_Risks",
                table: "case_risk_states");

            migrationBuilder.DropIndex(
                name: "IX_case_risk_states_OrganisationId_Risks",
                table: "case_risk_states");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_HolderId_Risks",
                table: "case_risk_states",
                columns: new[] { "HolderId", "Risks" });

            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_OrganisationId_Risks",
                table: "case_risk_states",
                columns: new[] { "OrganisationId", "Risks" });
        }
    }
}
