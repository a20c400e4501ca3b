using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccessLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RegisteredAtOrganisationId",
                table: "clients",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_clients_RegisteredAtOrganisationId",
                table: "clients",
                column: "RegisteredAtOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_access_log_ClientId_OccurredAt",
                table: "access_log",
                columns: new[] { "ClientId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_access_log_UserId_OccurredAt",
                table: "access_log",
                columns: new[] { "UserId", "OccurredAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_clients_organisations_RegisteredAtOrganisationId",
                table: "clients",
                column: "RegisteredAtOrganisationId",
                principalTable: "organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

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


            migrationBuilder.DropForeignKey(
                name: "FK_clients_organisations_RegisteredAtOrganisationId",
                table: "clients");

            migrationBuilder.DropTable(
                name: "access_log");

            migrationBuilder.DropIndex(
                name: "IX_clients_RegisteredAtOrganisationId",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "RegisteredAtOrganisationId",
                table: "clients");
        }
    }
}
