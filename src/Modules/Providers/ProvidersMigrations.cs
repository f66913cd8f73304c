using Microsoft.EntityFrameworkCore.Migrations;
using Verkostoportaali.Data;

namespace Verkostoportaali.Providers;

/// <summary>The steps of the module's tables: quality marks.</summary>
internal static class ProvidersMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "ProviderQualityMark",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(maxLength: 20, nullable: false),
                    ValidThrough = table.Column<DateOnly>(nullable: false),
                    VersionRowId = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderQualityMark", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderQualityMark_ContentItems_VersionRowId",
                        column: x => x.VersionRowId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
            b.CreateIndex(
                name: "IX_ProviderQualityMark_Kind_ValidThrough",
                table: "ProviderQualityMark",
                columns: ["Kind", "ValidThrough"]);
            b.CreateIndex(
                name: "IX_ProviderQualityMark_VersionRowId",
                table: "ProviderQualityMark",
                column: "VersionRowId");
        }),
    ];
}
