using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClientTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "client_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GivenById = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClientNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledById = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_client_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_client_tasks_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_client_tasks_professionals_CancelledById",
                        column: x => x.CancelledById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_client_tasks_professionals_GivenById",
                        column: x => x.GivenById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_client_tasks_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_action_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_action_marks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_action_marks_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_team_meetings_Status_Start",
                table: "team_meetings",
                columns: new[] { "Status", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_client_tasks_CancelledById",
                table: "client_tasks",
                column: "CancelledById");

            migrationBuilder.CreateIndex(
                name: "IX_client_tasks_ClientId",
                table: "client_tasks",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_client_tasks_DueOn_DoneAt_CancelledAt",
                table: "client_tasks",
                columns: new[] { "DueOn", "DoneAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_client_tasks_GivenById",
                table: "client_tasks",
                column: "GivenById");

            migrationBuilder.CreateIndex(
                name: "IX_client_tasks_SupportCaseId_DueOn",
                table: "client_tasks",
                columns: new[] { "SupportCaseId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_action_marks_SupportCaseId_ActionId",
                table: "plan_action_marks",
                columns: new[] { "SupportCaseId", "ActionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "client_tasks");

            migrationBuilder.DropTable(
                name: "plan_action_marks");

            migrationBuilder.DropIndex(
                name: "IX_team_meetings_Status_Start",
                table: "team_meetings");
        }
    }
}
