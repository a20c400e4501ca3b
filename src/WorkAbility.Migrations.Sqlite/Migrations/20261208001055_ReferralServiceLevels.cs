using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralServiceLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AnsweredAt",
                table: "referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeliveredAmount",
                table: "referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveredUnit",
                table: "referrals",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GotHelp",
                table: "referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LateToldAt",
                table: "referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeCode",
                table: "referrals",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OverdueToldAt",
                table: "referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondBy",
                table: "referrals",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Capacity",
                table: "catalogue_services",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CapacityUpdatedAt",
                table: "catalogue_services",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CapacityUpdatedById",
                table: "catalogue_services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RespondWithinDays",
                table: "catalogue_services",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "WaitWeeks",
                table: "catalogue_services",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_referrals_unanswered",
                table: "referrals",
                columns: new[] { "RespondBy", "Id" },
                filter: "\"Status\" IN ('Sent', 'Received')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_referrals_unanswered",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "DeliveredAmount",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "DeliveredUnit",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "GotHelp",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "LateToldAt",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "OutcomeCode",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "OverdueToldAt",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "RespondBy",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "catalogue_services");

            migrationBuilder.DropColumn(
                name: "CapacityUpdatedAt",
                table: "catalogue_services");

            migrationBuilder.DropColumn(
                name: "CapacityUpdatedById",
                table: "catalogue_services");

            migrationBuilder.DropColumn(
                name: "RespondWithinDays",
                table: "catalogue_services");

            migrationBuilder.DropColumn(
                name: "WaitWeeks",
                table: "catalogue_services");
        }
    }
}
