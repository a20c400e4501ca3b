using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KeyedAccessLogChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The log written by earlier versions (plain SHA-256 chain) is kept as it is, read only, as
            // the verifier's legacy segment; the keyed chain starts with a re-seal entry anchored to its head.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS access_log_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS access_log_no_delete;");
            migrationBuilder.DropIndex(name: "IX_access_log_ClientId_OccurredAt", table: "access_log");
            migrationBuilder.DropIndex(name: "IX_access_log_UserId_OccurredAt", table: "access_log");
            migrationBuilder.RenameTable(name: "access_log", newName: "access_log_legacy");
            migrationBuilder.Sql(@"CREATE TRIGGER access_log_legacy_no_update BEFORE UPDATE ON access_log_legacy
BEGIN SELECT RAISE(ABORT, 'access_log_legacy is append-only (UPDATE)'); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER access_log_legacy_no_delete BEFORE DELETE ON access_log_legacy
BEGIN SELECT RAISE(ABORT, 'access_log_legacy is append-only (DELETE)'); END;");

            migrationBuilder.CreateTable(
                name: "access_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Allowed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "access_log_chain",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreviousMac = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    SealedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_log_chain", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(name: "IX_access_log_ClientId_OccurredAt", table: "access_log", columns: new[] { "ClientId", "OccurredAt" });
            migrationBuilder.CreateIndex(name: "IX_access_log_UserId_OccurredAt", table: "access_log", columns: new[] { "UserId", "OccurredAt" });
            migrationBuilder.CreateIndex(name: "IX_access_log_OccurredAt", table: "access_log", column: "OccurredAt");
            migrationBuilder.CreateIndex(name: "IX_access_log_chain_EntryId", table: "access_log_chain", column: "EntryId", unique: true);

            migrationBuilder.Sql(@"CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only (UPDATE)'); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only (DELETE)'); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER access_log_chain_no_update BEFORE UPDATE ON access_log_chain
BEGIN SELECT RAISE(ABORT, 'access_log_chain is append-only (UPDATE)'); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER access_log_chain_no_delete BEFORE DELETE ON access_log_chain
BEGIN SELECT RAISE(ABORT, 'access_log_chain is append-only (DELETE)'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "access_log_chain");
            migrationBuilder.DropTable(name: "access_log");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS access_log_legacy_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS access_log_legacy_no_delete;");
            migrationBuilder.RenameTable(name: "access_log_legacy", newName: "access_log");
            migrationBuilder.CreateIndex(name: "IX_access_log_ClientId_OccurredAt", table: "access_log", columns: new[] { "ClientId", "OccurredAt" });
            migrationBuilder.CreateIndex(name: "IX_access_log_UserId_OccurredAt", table: "access_log", columns: new[] { "UserId", "OccurredAt" });
            migrationBuilder.Sql(@"CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only (UPDATE)'); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'access_log is append-only (DELETE)'); END;");
        }
    }
}
