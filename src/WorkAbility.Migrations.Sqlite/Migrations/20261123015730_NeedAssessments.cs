using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NeedAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "need_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssessedInStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClientView = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProfessionalView = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MeasuresUsed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WorkAbilityScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LikelyTypClient = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_need_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_need_assessments_professionals_AssessedById",
                        column: x => x.AssessedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_need_assessments_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_need_assessments_AssessedById",
                table: "need_assessments",
                column: "AssessedById");

            migrationBuilder.CreateIndex(
                name: "IX_need_assessments_Level_AssessedAt",
                table: "need_assessments",
                columns: new[] { "Level", "AssessedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_need_assessments_SupportCaseId_AssessedAt",
                table: "need_assessments",
                columns: new[] { "SupportCaseId", "AssessedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "need_assessments");
        }
    }
}
