using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralInboxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_referrals_open_inbox",
                table: "referrals",
                columns: new[] { "ToOrganisationId", "SentAt", "Id" },
                filter: "\"Status\" IN ('Sent', 'Received', 'Accepted', 'Started')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_open_inbox",
                table: "referrals");
        }
    }
}
