using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClientNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_support_cases_desk_caseload",
                table: "support_cases",
                columns: new[] { "CoordinatorId", "StageChangedAt" },
                filter: "\"Stage\" <> 'Ended'");

            migrationBuilder.CreateIndex(
                name: "ix_support_cases_desk_stages",
                table: "support_cases",
                columns: new[] { "CoordinatorId", "Stage" },
                filter: "\"Stage\" <> 'Ended'");

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_Stage_Path",
                table: "support_cases",
                columns: new[] { "Stage", "Path" });

            // Client search (ClientAccess.Search) matches the name in both orders anywhere, in any letter case: a trigram
            // index on exactly the searched expression serves it (pg_trgm is a trusted extension: the schema owner may create it).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX ix_clients_name_trigrams ON clients USING gin (((\"FirstName\" || ' ' || \"LastName\" || ' ' || \"FirstName\")) gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_clients_name_trigrams;");

            migrationBuilder.DropIndex(
                name: "ix_support_cases_desk_caseload",
                table: "support_cases");

            migrationBuilder.DropIndex(
                name: "ix_support_cases_desk_stages",
                table: "support_cases");

            migrationBuilder.DropIndex(
                name: "IX_support_cases_Stage_Path",
                table: "support_cases");
        }
    }
}
