using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralsOutsideContinuityAndOccupationalHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "continuity_handoffs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_continuity_handoffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_continuity_handoffs_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_continuity_handoffs_professionals_AcknowledgedById",
                        column: x => x.AcknowledgedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_continuity_handoffs_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employer_sides",
                columns: table => new
                {
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupervisorContact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EarlySupportOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Measures = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    SickLeaveSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LimitedBy = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employer_sides", x => x.SupportCaseId);
                    table.ForeignKey(
                        name: "FK_employer_sides_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "external_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Receiver = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceiverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpectedBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OutcomeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OutcomeRecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_external_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_external_referrals_professionals_OutcomeRecordedById",
                        column: x => x.OutcomeRecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_external_referrals_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_external_referrals_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "oh_questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AskedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oh_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_oh_questions_organisations_ToOrganisationId",
                        column: x => x.ToOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_oh_questions_professionals_AnsweredById",
                        column: x => x.AnsweredById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_oh_questions_professionals_AskedById",
                        column: x => x.AskedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_oh_questions_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_continuity_handoffs_AcknowledgedById",
                table: "continuity_handoffs",
                column: "AcknowledgedById");

            migrationBuilder.CreateIndex(
                name: "IX_continuity_handoffs_OrganisationId",
                table: "continuity_handoffs",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_continuity_handoffs_SupportCaseId_OrganisationId",
                table: "continuity_handoffs",
                columns: new[] { "SupportCaseId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "ix_continuity_unacknowledged",
                table: "continuity_handoffs",
                column: "SentAt",
                filter: "\"AcknowledgedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_external_referrals_OutcomeRecordedById",
                table: "external_referrals",
                column: "OutcomeRecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_external_referrals_RecordedById",
                table: "external_referrals",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_external_referrals_SupportCaseId_SentOn",
                table: "external_referrals",
                columns: new[] { "SupportCaseId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_oh_questions_AnsweredById",
                table: "oh_questions",
                column: "AnsweredById");

            migrationBuilder.CreateIndex(
                name: "IX_oh_questions_AskedById",
                table: "oh_questions",
                column: "AskedById");

            migrationBuilder.CreateIndex(
                name: "IX_oh_questions_SupportCaseId_AskedAt",
                table: "oh_questions",
                columns: new[] { "SupportCaseId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_oh_questions_ToOrganisationId",
                table: "oh_questions",
                column: "ToOrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "continuity_handoffs");

            migrationBuilder.DropTable(
                name: "employer_sides");

            migrationBuilder.DropTable(
                name: "external_referrals");

            migrationBuilder.DropTable(
                name: "oh_questions");
        }
    }
}
