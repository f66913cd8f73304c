using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Search;

/// <summary>The steps of the module's tables: the indexing outbox.</summary>
internal static class SearchMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.CreateTables(b =>
        {
            b.CreateTable(
                name: "SearchTasks",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTasks", x => x.Id);
                });
        }),
    ];
}
