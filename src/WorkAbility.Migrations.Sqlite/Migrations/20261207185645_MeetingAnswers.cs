using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeetingAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientAnswer",
                table: "team_meetings",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientAnswerNote",
                table: "team_meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClientAnsweredAt",
                table: "team_meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ClientAttended",
                table: "team_meetings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClientAnswer",
                table: "team_meetings");

            migrationBuilder.DropColumn(
                name: "ClientAnswerNote",
                table: "team_meetings");

            migrationBuilder.DropColumn(
                name: "ClientAnsweredAt",
                table: "team_meetings");

            migrationBuilder.DropColumn(
                name: "ClientAttended",
                table: "team_meetings");
        }
    }
}
