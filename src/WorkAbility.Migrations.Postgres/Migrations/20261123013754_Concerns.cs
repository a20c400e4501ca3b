using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkAbility.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Concerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastActivityAt",
                table: "support_cases",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SupportCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SourceService = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    NoticedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RaisedWithClientAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClientResponse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_concerns_professionals_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "professionals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_concerns_support_cases_SupportCaseId",
                        column: x => x.SupportCaseId,
                        principalTable: "support_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_concerns_RecordedById",
                table: "concerns",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_concerns_SupportCaseId_RecordedAt",
                table: "concerns",
                columns: new[] { "SupportCaseId", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "concerns");

            migrationBuilder.DropColumn(
                name: "LastActivityAt",
                table: "support_cases");
        }
    }
}
