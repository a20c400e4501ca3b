using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LowThresholdOwnerBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Cases decided before the owner existed: the level is the latest assessment's, and on the low-threshold route its
            // assessor owns the case (F33). Apart from LowThresholdOwner because SQLite rebuilds support_cases at that migration's end.
            migrationBuilder.Sql("UPDATE support_cases SET \"Level\" = (SELECT a.\"Level\" FROM need_assessments a WHERE a.\"SupportCaseId\" = support_cases.\"Id\" ORDER BY a.\"AssessedAt\" DESC LIMIT 1) WHERE \"Level\" IS NULL;");
            migrationBuilder.Sql("UPDATE support_cases SET \"OwnerId\" = (SELECT a.\"AssessedById\" FROM need_assessments a WHERE a.\"SupportCaseId\" = support_cases.\"Id\" ORDER BY a.\"AssessedAt\" DESC LIMIT 1) WHERE \"OwnerId\" IS NULL AND \"Level\" IN ('SelfCareWithGuidance', 'LowThresholdService');");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
