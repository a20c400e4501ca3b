using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FollowUpReferralsRisks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DidNotAttendCount",
                table: "support_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FollowUpEveryWeeks",
                table: "support_plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HasResponsibleProfessionals",
                table: "support_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "LinksTypPlan",
                table: "support_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "NextMeetingAt",
                table: "support_plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContinuityNote",
                table: "support_cases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EmploymentEndedOn",
                table: "support_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HandedOverToOrganisationId",
                table: "support_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OccupationalHealthOrganisationId",
                table: "support_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CaseManagerSince",
                table: "case_teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "HandoverNote",
                table: "case_teams",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HandoverProposedAt",
                table: "case_teams",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HandoverProposedById",
                table: "case_teams",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProposedSuccessorId",
                table: "case_teams",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "follow_up_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_contacts_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_follow_up_contacts_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_dues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemindedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_dues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_dues_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Goals = table.Column<string>(type: "TEXT", nullable: false),
                    ServicesEffectiveness = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Need = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_up_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_follow_up_reviews_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_follow_up_reviews_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "oh_handovers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WorkAbilitySummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SickLeaveHistory = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HandedOverById = table.Column<Guid>(type: "TEXT", nullable: false),
                    HandedOverAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oh_handovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_oh_handovers_organisations_FromOrganisationId",
                        column: x => x.FromOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_oh_handovers_organisations_ToOrganisationId",
                        column: x => x.ToOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_oh_handovers_professionals_HandedOverById",
                        column: x => x.HandedOverById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_oh_handovers_professionals_ReceivedById",
                        column: x => x.ReceivedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_oh_handovers_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusChangedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EmploymentOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HoursPerWeek = table.Column<int>(type: "INTEGER", nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_catalogue_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "catalogue_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_organisations_ToOrganisationId",
                        column: x => x.ToOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_professionals_SentById",
                        column: x => x.SentById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_professionals_StatusChangedById",
                        column: x => x.StatusChangedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_HandedOverToOrganisationId",
                table: "support_cases",
                column: "HandedOverToOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_OccupationalHealthOrganisationId",
                table: "support_cases",
                column: "OccupationalHealthOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_case_teams_HandoverProposedById",
                table: "case_teams",
                column: "HandoverProposedById");

            migrationBuilder.CreateIndex(
                name: "IX_case_teams_ProposedSuccessorId",
                table: "case_teams",
                column: "ProposedSuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_contacts_RecordedById",
                table: "follow_up_contacts",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_contacts_SupportCaseId_ContactOn",
                table: "follow_up_contacts",
                columns: new[] { "SupportCaseId", "ContactOn" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_dues_RemindedAt_MetOn_DueOn",
                table: "follow_up_dues",
                columns: new[] { "RemindedAt", "MetOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_dues_SupportCaseId_DueOn",
                table: "follow_up_dues",
                columns: new[] { "SupportCaseId", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_reviews_RecordedById",
                table: "follow_up_reviews",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_follow_up_reviews_SupportCaseId_ReviewedOn",
                table: "follow_up_reviews",
                columns: new[] { "SupportCaseId", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_oh_handovers_FromOrganisationId",
                table: "oh_handovers",
                column: "FromOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_oh_handovers_HandedOverById",
                table: "oh_handovers",
                column: "HandedOverById");

            migrationBuilder.CreateIndex(
                name: "IX_oh_handovers_ReceivedById",
                table: "oh_handovers",
                column: "ReceivedById");

            migrationBuilder.CreateIndex(
                name: "IX_oh_handovers_SupportCaseId",
                table: "oh_handovers",
                column: "SupportCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_oh_handovers_ToOrganisationId_ReceivedAt",
                table: "oh_handovers",
                columns: new[] { "ToOrganisationId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SentById",
                table: "referrals",
                column: "SentById");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ServiceId",
                table: "referrals",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_StatusChangedById",
                table: "referrals",
                column: "StatusChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_SupportCaseId_Status",
                table: "referrals",
                columns: new[] { "SupportCaseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ToOrganisationId_Status_SentAt",
                table: "referrals",
                columns: new[] { "ToOrganisationId", "Status", "SentAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_case_teams_professionals_HandoverProposedById",
                table: "case_teams",
                column: "HandoverProposedById",
                principalTable: "professionals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_case_teams_professionals_ProposedSuccessorId",
                table: "case_teams",
                column: "ProposedSuccessorId",
                principalTable: "professionals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_support_cases_organisations_HandedOverToOrganisationId",
                table: "support_cases",
                column: "HandedOverToOrganisationId",
                principalTable: "organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_support_cases_organisations_OccupationalHealthOrganisationId",
                table: "support_cases",
                column: "OccupationalHealthOrganisationId",
                principalTable: "organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_case_teams_professionals_HandoverProposedById",
                table: "case_teams");

            migrationBuilder.DropForeignKey(
                name: "FK_case_teams_professionals_ProposedSuccessorId",
                table: "case_teams");

            migrationBuilder.DropForeignKey(
                name: "FK_support_cases_organisations_HandedOverToOrganisationId",
                table: "support_cases");

            migrationBuilder.DropForeignKey(
                name: "FK_support_cases_organisations_OccupationalHealthOrganisationId",
                table: "support_cases");

            migrationBuilder.DropTable(
                name: "follow_up_contacts");

            migrationBuilder.DropTable(
                name: "follow_up_dues");

            migrationBuilder.DropTable(
                name: "follow_up_reviews");

            migrationBuilder.DropTable(
                name: "oh_handovers");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_support_cases_HandedOverToOrganisationId",
                table: "support_cases");

            migrationBuilder.DropIndex(
                name: "IX_support_cases_OccupationalHealthOrganisationId",
                table: "support_cases");

            migrationBuilder.DropIndex(
                name: "IX_case_teams_HandoverProposedById",
                table: "case_teams");

            migrationBuilder.DropIndex(
                name: "IX_case_teams_ProposedSuccessorId",
                table: "case_teams");

            migrationBuilder.DropColumn(
                name: "DidNotAttendCount",
                table: "support_plans");

            migrationBuilder.DropColumn(
                name: "FollowUpEveryWeeks",
                table: "support_plans");

            migrationBuilder.DropColumn(
                name: "HasResponsibleProfessionals",
                table: "support_plans");

            migrationBuilder.DropColumn(
                name: "LinksTypPlan",
                table: "support_plans");

            migrationBuilder.DropColumn(
                name: "NextMeetingAt",
                table: "support_plans");

            migrationBuilder.DropColumn(
                name: "ContinuityNote",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "EmploymentEndedOn",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "HandedOverToOrganisationId",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "OccupationalHealthOrganisationId",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "CaseManagerSince",
                table: "case_teams");

            migrationBuilder.DropColumn(
                name: "HandoverNote",
                table: "case_teams");

            migrationBuilder.DropColumn(
                name: "HandoverProposedAt",
                table: "case_teams");

            migrationBuilder.DropColumn(
                name: "HandoverProposedById",
                table: "case_teams");

            migrationBuilder.DropColumn(
                name: "ProposedSuccessorId",
                table: "case_teams");
        }
    }
}
