using Microsoft.EntityFrameworkCore.Migrations;
using Verkostoportaali.Data;
using Verkostoportaali.Projects.Import;

namespace Verkostoportaali.Projects;

/// <summary>The steps of the module's tables: import records and the register lookups.</summary>
internal static class ProjectsMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "ProjectImportRecord",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(nullable: false),
                    Title = table.Column<string>(nullable: false),
                    Card = table.Column<string>(nullable: false),
                    ImportedUtc = table.Column<DateTime>(nullable: false),
                    ImportedBy = table.Column<string>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectImportRecord", x => x.Id);
                });
            b.CreateIndex(
                name: "IX_ProjectImportRecord_ContentItemId",
                table: "ProjectImportRecord",
                column: "ContentItemId",
                unique: true);
            b.CreateTable(
                name: "ProjectNumber",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(nullable: false),
                    VersionRowId = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectNumber", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectNumber_ContentItems_VersionRowId",
                        column: x => x.VersionRowId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
            b.CreateIndex(
                name: "IX_ProjectNumber_Number",
                table: "ProjectNumber",
                column: "Number");
            b.CreateIndex(
                name: "IX_ProjectNumber_VersionRowId",
                table: "ProjectNumber",
                column: "VersionRowId");
            b.CreateTable(
                name: "ProjectFacet",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Programme = table.Column<string>(nullable: true),
                    SubMeasure = table.Column<string>(nullable: true),
                    IsLeader = table.Column<bool>(nullable: true),
                    StartDate = table.Column<DateOnly>(nullable: true),
                    EndDate = table.Column<DateOnly>(nullable: true),
                    VersionRowId = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFacet", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectFacet_ContentItems_VersionRowId",
                        column: x => x.VersionRowId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
            b.CreateIndex(
                name: "IX_ProjectFacet_VersionRowId",
                table: "ProjectFacet",
                column: "VersionRowId");
        }),
        MigrationStep.DataStep(2, "Projects in their text's language", StoredCardLanguages.ToTextLanguageAsync),
    ];
}
