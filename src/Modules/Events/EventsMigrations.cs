using Microsoft.EntityFrameworkCore.Migrations;
using Verkostoportaali.Data;

namespace Verkostoportaali.Events;

/// <summary>The steps of the module's tables: event dates.</summary>
internal static class EventsMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "EventDate",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartUtc = table.Column<DateTime>(nullable: false),
                    EndUtc = table.Column<DateTime>(nullable: false),
                    AllDay = table.Column<bool>(nullable: false),
                    FirstDay = table.Column<DateOnly>(nullable: false),
                    LastDay = table.Column<DateOnly>(nullable: false),
                    VersionRowId = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventDate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventDate_ContentItems_VersionRowId",
                        column: x => x.VersionRowId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
            b.CreateIndex(
                name: "IX_EventDate_EndUtc",
                table: "EventDate",
                column: "EndUtc");
            b.CreateIndex(
                name: "IX_EventDate_FirstDay_LastDay",
                table: "EventDate",
                columns: ["FirstDay", "LastDay"]);
            b.CreateIndex(
                name: "IX_EventDate_StartUtc",
                table: "EventDate",
                column: "StartUtc");
            b.CreateIndex(
                name: "IX_EventDate_VersionRowId",
                table: "EventDate",
                column: "VersionRowId");
        }),
    ];
}
