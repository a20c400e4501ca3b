using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "screening_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Municipality = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Alerted = table.Column<bool>(type: "INTEGER", nullable: false)
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
