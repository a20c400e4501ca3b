using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CoordinatorReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "coordinator_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SentById = table.Column<Guid>(type: "uuid", nullable: false),
                    FromOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PersonalIdentityCode = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Concern = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ClientsOwnWords = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Tried = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ExistingServices = table.Column<string>(type: "text", nullable: false),
                    ContactPreference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ConsentBasis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConsentGivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConsentHeardBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StatusChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HandledById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ReturnNote = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordinator_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_coordinator_referrals_clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_coordinator_referrals_organisations_FromOrganisationId",
                        column: x => x.FromOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_coordinator_referrals_organisations_ToOrganisationId",
                        column: x => x.ToOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_coordinator_referrals_professionals_HandledById",
                        column: x => x.HandledById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_coordinator_referrals_professionals_SentById",
                        column: x => x.SentById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_coordinator_referrals_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "coordinator_routes",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordinator_routes", x => x.Key);
                    table.ForeignKey(
                        name: "FK_coordinator_routes_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_coordinator_referrals_ClientId",
                table: "coordinator_referrals",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_coordinator_referrals_FromOrganisationId",
                table: "coordinator_referrals",
                column: "FromOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_coordinator_referrals_HandledById",
                table: "coordinator_referrals",
                column: "HandledById");

            migrationBuilder.CreateIndex(
                name: "IX_coordinator_referrals_SentById_SentAt",
                table: "coordinator_referrals",
                columns: new[] { "SentById", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_coordinator_referrals_SupportCaseId",
                table: "coordinator_referrals",
                column: "SupportCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_coordinator_referrals_ToOrganisationId_Status_SentAt",
                table: "coordinator_referrals",
                columns: new[] { "ToOrganisationId", "Status", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_coordinator_routes_OrganisationId",
                table: "coordinator_routes",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coordinator_referrals");

            migrationBuilder.DropTable(
                name: "coordinator_routes");
        }
    }
}
