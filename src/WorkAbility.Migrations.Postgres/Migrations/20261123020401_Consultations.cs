using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Consultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "anonymous_consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AskedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AskedByOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AnsweredById = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "anonymous_consultations");
        }
    }
}
