using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LowThresholdOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "support_cases",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerId",
                table: "support_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_support_cases_OwnerId",
                table: "support_cases",
                column: "OwnerId");

            migrationBuilder.AddForeignKey(
                name: "FK_support_cases_professionals_OwnerId",
                table: "support_cases",
                column: "OwnerId",
                principalTable: "professionals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_support_cases_professionals_OwnerId",
                table: "support_cases");

            migrationBuilder.DropIndex(
                name: "IX_support_cases_OwnerId",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "support_cases");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "support_cases");
        }
    }
}
