using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ScreeningChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ScreeningAlerted",
                table: "concerns",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "screening_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Municipality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Alerted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screening_checks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_screening_checks_CheckedAt_Municipality",
                table: "screening_checks",
                columns: new[] { "CheckedAt", "Municipality" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "screening_checks");

            migrationBuilder.DropColumn(
                name: "ScreeningAlerted",
                table: "concerns");
        }
    }
}
