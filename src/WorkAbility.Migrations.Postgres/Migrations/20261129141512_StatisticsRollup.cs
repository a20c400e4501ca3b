using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartedAt",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Income",
                table: "need_assessments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RehabilitationPhase",
                table: "need_assessments",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TargetGroups",
                table: "need_assessments",
                type: "integer",
                maxLength: 40,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "client_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Heard = table.Column<int>(type: "integer", nullable: true),
                    Helped = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_client_feedback_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statistics_case_records",
                columns: table => new
                {
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Contribution = table.Column<string>(type: "text", nullable: false),
                    CountedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_case_records", x => x.SupportCaseId);
                    table.ForeignKey(
                        name: "FK_statistics_case_records_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statistics_cells",
                columns: table => new
                {
                    Figure = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Path = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_cells", x => new { x.Figure, x.Month, x.Municipality, x.OrganisationId, x.Path, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "statistics_watermark",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CountedForDay = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistics_watermark", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_LastActivityAt",
                table: "support_cases",
                column: "LastActivityAt");

            migrationBuilder.CreateIndex(
                name: "IX_client_feedback_GivenAt",
                table: "client_feedback",
                column: "GivenAt");

            migrationBuilder.CreateIndex(
                name: "IX_client_feedback_SupportCaseId_GivenAt",
                table: "client_feedback",
                columns: new[] { "SupportCaseId", "GivenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_statistics_cells_Month_Figure",
                table: "statistics_cells",
                columns: new[] { "Month", "Figure" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_feedback");

            migrationBuilder.DropTable(
                name: "statistics_case_records");

            migrationBuilder.DropTable(
                name: "statistics_cells");

            migrationBuilder.DropTable(
                name: "statistics_watermark");

            migrationBuilder.DropIndex(
                name: "IX_support_cases_LastActivityAt",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "Income",
                table: "need_assessments");

            migrationBuilder.DropColumn(
                name: "RehabilitationPhase",
                table: "need_assessments");

            migrationBuilder.DropColumn(
                name: "TargetGroups",
                table: "need_assessments");
        }
    }
}
