using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BackfillCaseManagerSince : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A team formed before warm handovers existed has had its case manager since it was formed.
            // Its own migration: on SQLite the previous one rebuilds case_teams, and data is set after that.
            migrationBuilder.Sql("UPDATE case_teams SET \"CaseManagerSince\" = \"FormedAt\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
