using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_risk_states_ProposedSuccessorId",
                table: "case_risk_states");

            migrationBuilder.AddColumn<Guid>(
                name: "CoordinatorId",
                table: "case_risk_states",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HandedOverToOrganisationId",
                table: "case_risk_states",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "case_risk_states",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "StageChangedAt",
                table: "case_risk_states",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "case_risk_states",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Kept states written before these columns take them from their cases; the tallies are counted from the
            // states by the migrate command (or a node's start) in the app, by the same rule as every later write.
            migrationBuilder.Sql("""
                UPDATE case_risk_states AS s
                SET "Stage" = c."Stage", "StageChangedAt" = c."StageChangedAt", "CoordinatorId" = c."CoordinatorId",
                    "HandedOverToOrganisationId" = c."HandedOverToOrganisationId"
                FROM support_cases AS c
                WHERE c."Id" = s."SupportCaseId";
                UPDATE case_risk_states SET "ProposedSuccessorId" = NULL WHERE "ProposedSuccessorId" = "HolderId";
                """);

            migrationBuilder.CreateTable(
                name: "case_tallies",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_tallies", x => new { x.Kind, x.ScopeId, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_risk_states_proposed_worklist",
                table: "case_risk_states",
                columns: new[] { "ProposedSuccessorId", "UrgentOn", "RiskCount", "LastName", "FirstName", "SupportCaseId" },
                descending: new[] { false, false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_case_risk_states_stranded",
                table: "case_risk_states",
                columns: new[] { "OrganisationId", "StageChangedAt", "SupportCaseId" },
                filter: "(\"Risks\" & 16384) <> 0 AND \"CoordinatorId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_risk_states_stranded_handed_over",
                table: "case_risk_states",
                columns: new[] { "HandedOverToOrganisationId", "StageChangedAt", "SupportCaseId" },
                filter: "(\"Risks\" & 16384) <> 0 AND \"CoordinatorId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_tallies");

            migrationBuilder.DropIndex(
                name: "ix_case_risk_states_proposed_worklist",
                table: "case_risk_states");

            migrationBuilder.DropIndex(
                name: "ix_case_risk_states_stranded",
                table: "case_risk_states");

            migrationBuilder.DropIndex(
                name: "ix_case_risk_states_stranded_handed_over",
                table: "case_risk_states");

            migrationBuilder.DropColumn(
                name: "CoordinatorId",
                table: "case_risk_states");

            migrationBuilder.DropColumn(
                name: "HandedOverToOrganisationId",
                table: "case_risk_states");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "case_risk_states");

            migrationBuilder.DropColumn(
                name: "StageChangedAt",
                table: "case_risk_states");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "case_risk_states");

            migrationBuilder.CreateIndex(
                name: "IX_case_risk_states_ProposedSuccessorId",
                table: "case_risk_states",
                column: "ProposedSuccessorId");
        }
    }
}
