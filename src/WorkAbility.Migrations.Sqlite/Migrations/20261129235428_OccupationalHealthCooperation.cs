using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OccupationalHealthCooperation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "PlanActionId",
                table: "referrals",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.CreateTable(
                name: "work_ability_negotiations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    Measures = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Agreement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_ability_negotiations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_ability_negotiations_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_ability_negotiations_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_work_ability_negotiations_RecordedById",
                table: "work_ability_negotiations",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_work_ability_negotiations_SupportCaseId_HeldOn",
                table: "work_ability_negotiations",
                columns: new[] { "SupportCaseId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_ability_negotiations");

            migrationBuilder.AlterColumn<Guid>(
                name: "PlanActionId",
                table: "referrals",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
