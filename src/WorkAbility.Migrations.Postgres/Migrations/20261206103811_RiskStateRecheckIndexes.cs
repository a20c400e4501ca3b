using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RiskStateRecheckIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_HolderId_EvaluatedAt",
                table: "case_risk_states",
                columns: new[] { "HolderId", "EvaluatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_HolderId_Risks",
                table: "case_risk_states",
                columns: new[] { "HolderId", "Risks" });

            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_OrganisationId_EvaluatedAt",
                table: "case_risk_states",
                columns: new[] { "OrganisationId", "EvaluatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_risk_states_HolderId_EvaluatedAt",
                table: "case_risk_states");

            migrationBuilder.DropIndex(
                name: "IX_case_risk_states_HolderId_Risks",
                table: "case_risk_states");

            migrationBuilder.DropIndex(
                name: "IX_case_risk_states_OrganisationId_EvaluatedAt",
                table: "case_risk_states");
        }
    }
}
