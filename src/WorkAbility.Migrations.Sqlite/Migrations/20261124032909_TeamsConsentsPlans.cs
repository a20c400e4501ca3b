using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TeamsConsentsPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_team_memberships_support_cases_SupportCaseId",
                table: "team_memberships");

            migrationBuilder.CreateTable(
                name: "case_teams",
                columns: table => new
                {
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    FormedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClientWishes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CloseParticipantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CloseParticipantRelation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Situation = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_teams", x => x.SupportCaseId);
                    table.ForeignKey(
                        name: "FK_case_teams_professionals_CaseManagerId",
                        column: x => x.CaseManagerId,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_teams_professionals_FormedById",
                        column: x => x.FormedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_teams_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameSv = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DescriptionSv = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Entry = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProviderOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalogue_services_organisations_ProviderOrganisationId",
                        column: x => x.ProviderOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationIds = table.Column<string>(type: "TEXT", nullable: false),
                    Categories = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GivenAs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NarrowedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnById = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithdrawalNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consents_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_consents_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_consents_professionals_WithdrawnById",
                        column: x => x.WithdrawnById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_professionals_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    SavedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_plans_professionals_SavedById",
                        column: x => x.SavedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_plans_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConvenedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConvenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposedStarts = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    VideoLink = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ParticipantIds = table.Column<string>(type: "TEXT", nullable: false),
                    ClientTakesPart = table.Column<bool>(type: "INTEGER", nullable: false),
                    CloseParticipantTakesPart = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Decisions = table.Column<string>(type: "TEXT", nullable: false),
                    NextMeetingAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MinutesRecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    MinutesRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_team_meetings_case_teams_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "case_teams",
                        principalColumn: "SupportCaseId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_team_meetings_professionals_ConvenedById",
                        column: x => x.ConvenedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_team_meetings_professionals_MinutesRecordedById",
                        column: x => x.MinutesRecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    SavedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_versions_professionals_SavedById",
                        column: x => x.SavedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_versions_support_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "support_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_teams_CaseManagerId",
                table: "case_teams",
                column: "CaseManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_case_teams_FormedById",
                table: "case_teams",
                column: "FormedById");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_services_Active_Category_Name",
                table: "catalogue_services",
                columns: new[] { "Active", "Category", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_services_ProviderOrganisationId",
                table: "catalogue_services",
                column: "ProviderOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_consents_ClientId_WithdrawnAt",
                table: "consents",
                columns: new[] { "ClientId", "WithdrawnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_consents_RecordedById",
                table: "consents",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_consents_WithdrawnById",
                table: "consents",
                column: "WithdrawnById");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_RecipientId_ReadAt_CreatedAt",
                table: "notifications",
                columns: new[] { "RecipientId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_versions_PlanId_Number",
                table: "plan_versions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_versions_SavedById",
                table: "plan_versions",
                column: "SavedById");

            migrationBuilder.CreateIndex(
                name: "IX_support_plans_SavedById",
                table: "support_plans",
                column: "SavedById");

            migrationBuilder.CreateIndex(
                name: "IX_support_plans_SupportCaseId",
                table: "support_plans",
                column: "SupportCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_team_meetings_ConvenedById",
                table: "team_meetings",
                column: "ConvenedById");

            migrationBuilder.CreateIndex(
                name: "IX_team_meetings_MinutesRecordedById",
                table: "team_meetings",
                column: "MinutesRecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_team_meetings_SupportCaseId_Start",
                table: "team_meetings",
                columns: new[] { "SupportCaseId", "Start" });

            migrationBuilder.AddForeignKey(
                name: "FK_team_memberships_case_teams_SupportCaseId",
                table: "team_memberships",
                column: "SupportCaseId",
                principalTable: "case_teams",
                principalColumn: "SupportCaseId",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_team_memberships_case_teams_SupportCaseId",
                table: "team_memberships");

            migrationBuilder.DropTable(
                name: "catalogue_services");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "plan_versions");

            migrationBuilder.DropTable(
                name: "team_meetings");

            migrationBuilder.DropTable(
                name: "support_plans");

            migrationBuilder.DropTable(
                name: "case_teams");

            migrationBuilder.AddForeignKey(
                name: "FK_team_memberships_support_cases_SupportCaseId",
                table: "team_memberships",
                column: "SupportCaseId",
                principalTable: "support_cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
