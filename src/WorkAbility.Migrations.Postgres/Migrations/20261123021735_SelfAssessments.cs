using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SelfAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "self_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionnaireUrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QuestionnaireVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FilledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FilledBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProfessionalId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    ScoresJson = table.Column<string>(type: "text", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_ClientId_QuestionnaireUrl_FilledAt",
                table: "self_assessments",
                columns: new[] { "ClientId", "QuestionnaireUrl", "FilledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_self_assessments_ProfessionalId",
                table: "self_assessments",
                column: "ProfessionalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "self_assessments");
        }
    }
}
