using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferralServiceLevels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnsweredAt",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DeliveredAmount",
                table: "referrals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveredUnit",
                table: "referrals",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GotHelp",
                table: "referrals",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LateToldAt",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeCode",
                table: "referrals",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverdueToldAt",
                table: "referrals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RespondBy",
                table: "referrals",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Capacity",
                table: "catalogue_services",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CapacityUpdatedAt",
                table: "catalogue_services",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CapacityUpdatedById",
                table: "catalogue_services",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RespondWithinDays",
                table: "catalogue_services",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "WaitWeeks",
                table: "catalogue_services",
                type: "integer",
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
