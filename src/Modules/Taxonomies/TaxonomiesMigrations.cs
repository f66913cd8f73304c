using Microsoft.EntityFrameworkCore.Migrations;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Taxonomies;

/// <summary>The steps of the module's tables: vocabularies, terms and the terms of items; and the portal's vocabularies.</summary>
internal static class TaxonomiesMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "Vocabularies",
                columns: table => new
                {
                    Id = table.Column<string>(nullable: false),
                    Label_En = table.Column<string>(nullable: true),
                    Label_Fi = table.Column<string>(nullable: false),
                    Label_Sv = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vocabularies", x => x.Id);
                });
            b.CreateTable(
                name: "Terms",
                columns: table => new
                {
                    Vocabulary = table.Column<string>(nullable: false),
                    Id = table.Column<string>(nullable: false),
                    Parent = table.Column<string>(nullable: true),
                    Order = table.Column<int>(nullable: false),
                    Name_En = table.Column<string>(nullable: true),
                    Name_Fi = table.Column<string>(nullable: false),
                    Name_Sv = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Terms", x => new { x.Vocabulary, x.Id });
                });
            b.CreateIndex(
                name: "IX_Terms_Parent",
                table: "Terms",
                column: "Parent");
            b.CreateTable(
                name: "ItemTerm",
                columns: table => new
                {
                    Id = table.Column<int>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Vocabulary = table.Column<string>(nullable: false),
                    TermId = table.Column<string>(nullable: false),
                    VersionRowId = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemTerm", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemTerm_ContentItems_VersionRowId",
                        column: x => x.VersionRowId,
                        principalTable: "ContentItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
            b.CreateIndex(
                name: "IX_ItemTerm_VersionRowId",
                table: "ItemTerm",
                column: "VersionRowId");
            b.CreateIndex(
                name: "IX_ItemTerm_Vocabulary_TermId",
                table: "ItemTerm",
                columns: ["Vocabulary", "TermId"]);
        }),
        MigrationStep.DataStep(2, "Terms of items by id", StoredTermNames.ToIdsAsync),
        MigrationStep.DataStepIn(TenantName.Default, 3, "Portal themes and service fields", PortalVocabularies.AddMissingAsync),
    ];
}
