using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NotificationSubject : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                table: "notifications",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "notifications");
        }
    }
}
