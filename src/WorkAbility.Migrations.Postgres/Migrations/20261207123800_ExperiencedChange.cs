using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ExperiencedChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BeliefInFuture",
                table: "client_feedback",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EverydayCoping",
                table: "client_feedback",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HealthAndWellbeing",
                table: "client_feedback",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReadinessForWorkOrStudy",
                table: "client_feedback",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Relationships",
                table: "client_feedback",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BeliefInFuture",
                table: "client_feedback");

            migrationBuilder.DropColumn(
                name: "EverydayCoping",
                table: "client_feedback");

            migrationBuilder.DropColumn(
                name: "HealthAndWellbeing",
                table: "client_feedback");

            migrationBuilder.DropColumn(
                name: "ReadinessForWorkOrStudy",
                table: "client_feedback");

            migrationBuilder.DropColumn(
                name: "Relationships",
                table: "client_feedback");
        }
    }
}
