using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LowThresholdOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "support_cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerId",
                table: "support_cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_OwnerId",
                table: "support_cases",
                column: "OwnerId");

            migrationBuilder.AddForeignKey(
                name: "FK_support_cases_professionals_OwnerId",
                table: "support_cases",
                column: "OwnerId",
                principalTable: "professionals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Cases decided before this version: the level is the latest assessment's, and on the low-threshold
            // route its assessor owns the case (F33), as a decision made now would have it.
            migrationBuilder.Sql("UPDATE support_cases SET \"Level\" = (SELECT a.\"Level\" FROM need_assessments a WHERE a.\"SupportCaseId\" = support_cases.\"Id\" ORDER BY a.\"AssessedAt\" DESC LIMIT 1);");
            migrationBuilder.Sql("UPDATE support_cases SET \"OwnerId\" = (SELECT a.\"AssessedById\" FROM need_assessments a WHERE a.\"SupportCaseId\" = support_cases.\"Id\" ORDER BY a.\"AssessedAt\" DESC LIMIT 1) WHERE \"Level\" IN ('SelfCareWithGuidance', 'LowThresholdService');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_support_cases_professionals_OwnerId",
                table: "support_cases");

            migrationBuilder.DropIndex(
                name: "IX_support_cases_OwnerId",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "support_cases");
        }
    }
}
