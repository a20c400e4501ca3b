using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CaseRiskStates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_risk_states",
                columns: table => new
                {
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    HolderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProposedSuccessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Risks = table.Column<int>(type: "integer", nullable: false),
                    RiskCount = table.Column<int>(type: "integer", nullable: false),
                    UrgentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EvaluatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_risk_states", x => x.SupportCaseId);
                    table.ForeignKey(
                        name: "FK_case_risk_states_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_EvaluatedAt",
                table: "case_risk_states",
                column: "EvaluatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_OrganisationId_Risks",
                table: "case_risk_states",
                columns: new[] { "OrganisationId", "Risks" });

            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_ProposedSuccessorId",
                table: "case_risk_states",
                column: "ProposedSuccessorId");

            migrationBuilder.CreateIndex(
                name: "ix_case_risk_states_worklist",
                table: "case_risk_states",
                columns: new[] { "HolderId", "UrgentOn", "RiskCount", "LastName", "FirstName", "SupportCaseId" },
                descending: new[] { false, false, true, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_risk_states");
        }
    }
}
