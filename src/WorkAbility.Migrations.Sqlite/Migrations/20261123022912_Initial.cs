using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_log",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_log", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonalIdentityCode = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredAtOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clients_organisations_RegisteredAtOrganisationId",
                        column: x => x.RegisteredAtOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "professionals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Profession = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_professionals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_professionals_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "anonymous_consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedByOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AnsweredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_anonymous_consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_anonymous_consultations_organisations_AskedByOrganisationId",
                        column: x => x.AskedByOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_anonymous_consultations_professionals_AnsweredById",
                        column: x => x.AnsweredById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_anonymous_consultations_professionals_AskedById",
                        column: x => x.AskedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "external_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    MeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ScoresJson = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_external_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_external_measures_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_external_measures_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "self_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionnaireUrl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QuestionnaireVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FilledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FilledBy = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    ScoresJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_self_assessments_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_self_assessments_professionals_ProfessionalId",
                        column: x => x.ProfessionalId,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OpenedAtOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoordinatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StageChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_cases_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_cases_organisations_OpenedAtOrganisationId",
                        column: x => x.OpenedAtOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_cases_professionals_CoordinatorId",
                        column: x => x.CoordinatorId,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_events_professionals_ActorId",
                        column: x => x.ActorId,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_events_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceService = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    NoticedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedWithClientAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClientResponse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_concerns_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_concerns_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "team_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeftAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_team_memberships_professionals_ProfessionalId",
                        column: x => x.ProfessionalId,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_team_memberships_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_log_ClientId_OccurredAt",
                table: "access_log",
                columns: new[] { "ClientId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_access_log_UserId_OccurredAt",
                table: "access_log",
                columns: new[] { "UserId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_anonymous_consultations_AnsweredAt_AskedAt",
                table: "anonymous_consultations",
                columns: new[] { "AnsweredAt", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_anonymous_consultations_AnsweredById",
                table: "anonymous_consultations",
                column: "AnsweredById");

            migrationBuilder.CreateIndex(
                name: "IX_anonymous_consultations_AskedById_AskedAt",
                table: "anonymous_consultations",
                columns: new[] { "AskedById", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_anonymous_consultations_AskedByOrganisationId",
                table: "anonymous_consultations",
                column: "AskedByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_ActorId",
                table: "case_events",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_SupportCaseId_OccurredAt",
                table: "case_events",
                columns: new[] { "SupportCaseId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_clients_LastName_FirstName",
                table: "clients",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_clients_PersonalIdentityCode",
                table: "clients",
                column: "PersonalIdentityCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clients_RegisteredAtOrganisationId",
                table: "clients",
                column: "RegisteredAtOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_concerns_RecordedById",
                table: "concerns",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_concerns_SupportCaseId_RecordedAt",
                table: "concerns",
                columns: new[] { "SupportCaseId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_external_measures_ClientId_Instrument_MeasuredOn",
                table: "external_measures",
                columns: new[] { "ClientId", "Instrument", "MeasuredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_external_measures_RecordedById",
                table: "external_measures",
                column: "RecordedById");

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

            migrationBuilder.CreateIndex(
                name: "IX_organisations_Kind",
                table: "organisations",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_professionals_OrganisationId",
                table: "professionals",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_professionals_Username",
                table: "professionals",
                column: "Username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_ClientId_QuestionnaireUrl_FilledAt",
                table: "self_assessments",
                columns: new[] { "ClientId", "QuestionnaireUrl", "FilledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_ProfessionalId",
                table: "self_assessments",
                column: "ProfessionalId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_ClientId_OpenedAt",
                table: "support_cases",
                columns: new[] { "ClientId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_CoordinatorId",
                table: "support_cases",
                column: "CoordinatorId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_OpenedAtOrganisationId",
                table: "support_cases",
                column: "OpenedAtOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_Stage_StageChangedAt",
                table: "support_cases",
                columns: new[] { "Stage", "StageChangedAt" });

            migrationBuilder.CreateIndex(
                name: "ux_support_cases_one_active_per_client",
                table: "support_cases",
                column: "ClientId",
                unique: true,
                filter: "\"Stage\" <> 'Ended'");

            migrationBuilder.CreateIndex(
                name: "IX_team_memberships_ProfessionalId_LeftAt",
                table: "team_memberships",
                columns: new[] { "ProfessionalId", "LeftAt" });

            migrationBuilder.CreateIndex(
                name: "IX_team_memberships_SupportCaseId_ProfessionalId",
                table: "team_memberships",
                columns: new[] { "SupportCaseId", "ProfessionalId" });

            migrationBuilder.CreateIndex(
                name: "IX_user_sessions_UserId",
                table: "user_sessions",
                column: "UserId");

            // The access log is append-only: the database itself refuses UPDATE and DELETE.
            migrationBuilder.Sql(@"
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only (UPDATE)'); END;");
            migrationBuilder.Sql(@"
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only (DELETE)'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS access_log_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS access_log_no_delete;");


            migrationBuilder.DropTable(
                name: "access_log");

            migrationBuilder.DropTable(
                name: "anonymous_consultations");

            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "concerns");

            migrationBuilder.DropTable(
                name: "external_measures");

            migrationBuilder.DropTable(
                name: "need_assessments");

            migrationBuilder.DropTable(
                name: "self_assessments");

            migrationBuilder.DropTable(
                name: "team_memberships");

            migrationBuilder.DropTable(
                name: "user_sessions");

            migrationBuilder.DropTable(
                name: "support_cases");

            migrationBuilder.DropTable(
                name: "clients");

            migrationBuilder.DropTable(
                name: "professionals");

            migrationBuilder.DropTable(
                name: "organisations");
        }
    }
}
