using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClientOwnService : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WorkEmail",
                table: "professionals",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkPhone",
                table: "professionals",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "clients",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "fi");

            migrationBuilder.AddColumn<string>(
                name: "Occasion",
                table: "client_feedback",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "AtEnd");

            migrationBuilder.AddColumn<int>(
                name: "PlanClear",
                table: "client_feedback",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "client_feedback",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Ended");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkEmail",
                table: "professionals");

            migrationBuilder.DropColumn(
                name: "WorkPhone",
                table: "professionals");

            migrationBuilder.DropColumn(
                name: "PreferredLanguage",
                table: "clients");

            migrationBuilder.DropColumn(
                name: "Occasion",
                table: "client_feedback");

            migrationBuilder.DropColumn(
                name: "PlanClear",
                table: "client_feedback");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "client_feedback");
        }
    }
}
