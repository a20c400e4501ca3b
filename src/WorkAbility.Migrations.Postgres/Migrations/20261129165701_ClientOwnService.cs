using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
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
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkPhone",
                table: "professionals",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "clients",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "fi");

            migrationBuilder.AddColumn<string>(
                name: "Occasion",
                table: "client_feedback",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "AtEnd");

            migrationBuilder.AddColumn<int>(
                name: "PlanClear",
                table: "client_feedback",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "client_feedback",
                type: "character varying(40)",
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
