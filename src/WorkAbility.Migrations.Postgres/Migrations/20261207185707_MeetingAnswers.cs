using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
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
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClientAnswerNote",
                table: "team_meetings",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClientAnsweredAt",
                table: "team_meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ClientAttended",
                table: "team_meetings",
                type: "boolean",
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
