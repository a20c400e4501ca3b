using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SituationsAfterSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "situations_after_support",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthsAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToldBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToldAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_situations_after_support", x => x.Id);
                    table.ForeignKey(
                        name: "FK_situations_after_support_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_situations_after_support_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_FilledAt",
                table: "self_assessments",
                column: "FilledAt");

            migrationBuilder.CreateIndex(
                name: "IX_situations_after_support_RecordedById",
                table: "situations_after_support",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_situations_after_support_SupportCaseId_MonthsAfter",
                table: "situations_after_support",
                columns: new[] { "SupportCaseId", "MonthsAfter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_situations_after_support_ToldAt",
                table: "situations_after_support",
                column: "ToldAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "situations_after_support");

            migrationBuilder.DropIndex(
                name: "IX_self_assessments_FilledAt",
                table: "self_assessments");
        }
    }
}
