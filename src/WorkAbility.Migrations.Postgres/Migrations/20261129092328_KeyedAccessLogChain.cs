using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KeyedAccessLogChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The log written by earlier versions (plain SHA-256 chain) is kept as it is, read only, as
            // the verifier's legacy segment; the keyed chain starts with a re-seal entry anchored to its head.
            migrationBuilder.DropIndex(name: "IX_access_log_ClientId_OccurredAt", table: "access_log");
            migrationBuilder.DropIndex(name: "IX_access_log_UserId_OccurredAt", table: "access_log");
            migrationBuilder.RenameTable(name: "access_log", newName: "access_log_legacy");
            migrationBuilder.Sql(@"ALTER TABLE access_log_legacy RENAME CONSTRAINT ""PK_access_log"" TO ""PK_access_log_legacy"";
CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (%)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;");

            migrationBuilder.CreateTable(
                name: "access_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ClientId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Resource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Allowed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "access_log_chain",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    EntryId = table.Column<long>(type: "bigint", nullable: false),
                    KeyId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PreviousMac = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    SealedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_log_chain", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(name: "IX_access_log_ClientId_OccurredAt", table: "access_log", columns: new[] { "ClientId", "OccurredAt" });
            migrationBuilder.CreateIndex(name: "IX_access_log_UserId_OccurredAt", table: "access_log", columns: new[] { "UserId", "OccurredAt" });
            migrationBuilder.CreateIndex(name: "IX_access_log_OccurredAt", table: "access_log", column: "OccurredAt");
            migrationBuilder.CreateIndex(name: "IX_access_log_chain_EntryId", table: "access_log_chain", column: "EntryId", unique: true);

            migrationBuilder.Sql(@"
CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_chain_no_update_delete BEFORE UPDATE OR DELETE ON access_log_chain
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_chain_no_truncate BEFORE TRUNCATE ON access_log_chain
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "access_log_chain");
            migrationBuilder.DropTable(name: "access_log");
            migrationBuilder.Sql(@"ALTER TABLE access_log_legacy RENAME CONSTRAINT ""PK_access_log_legacy"" TO ""PK_access_log"";");
            migrationBuilder.RenameTable(name: "access_log_legacy", newName: "access_log");
            migrationBuilder.CreateIndex(name: "IX_access_log_ClientId_OccurredAt", table: "access_log", columns: new[] { "ClientId", "OccurredAt" });
            migrationBuilder.CreateIndex(name: "IX_access_log_UserId_OccurredAt", table: "access_log", columns: new[] { "UserId", "OccurredAt" });
        }
    }
}
