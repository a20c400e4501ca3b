using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "access_log",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Resource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Allowed = table.Column<bool>(type: "boolean", nullable: false),
                    PreviousHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
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

            // The access log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE.
            migrationBuilder.Sql(@"
CREATE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
DROP TRIGGER IF EXISTS access_log_no_truncate ON access_log;
DROP TRIGGER IF EXISTS access_log_no_update_delete ON access_log;
DROP FUNCTION IF EXISTS access_log_append_only();");


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
