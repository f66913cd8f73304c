using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Data;

namespace Verkostoportaali.Search;

/// <summary>The steps of the module's tables: the indexing outbox and each node's cursor in it.</summary>
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
        MigrationStep.SchemaStep(2, "Node cursors", b =>
        {
            b.CreateTable(
                name: "SearchCursors",
                columns: table => new
                {
                    Node = table.Column<string>(maxLength: 128, nullable: false),
                    Cursor = table.Column<long>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchCursors", x => x.Node);
                });
        }),
        MigrationStep.DataStep(3, "Terms indexed by id", IndexTermsAgainAsync),
        MigrationStep.DataStep(4, "Contact names and import repairs indexed", IndexPublishedAgainAsync),
        MigrationStep.DataStep(5, "Last days, project keywords and title order indexed", IndexPublishedAgainAsync),
    ];

    // Step 5: listings across sites filter on an event's last day and a project's programme, sub-measure and Leader
    // flag, and sort by title: fields that earlier documents lack, so every published item is indexed again.

    // Contact names became searchable, and Projects' and Contents' data steps (which run first, in Program.cs order) may
    // have moved projects to Finnish and repaired dashes: every published item goes through the outbox once again.
    private static async Task IndexPublishedAgainAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var queued = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "SearchTasks" ("ContentItemId", "CreatedUtc")
            SELECT DISTINCT "ContentItemId", {0} FROM "ContentItems" WHERE "Published"
            """, [TimeProvider.System.GetUtcNow().UtcDateTime], cancellationToken);
        logger.LogInformation("{Count} published items are queued to be indexed again.", queued);
    }

    // Taxonomies' step 2 may have turned term names into ids (it runs first, in Program.cs order) and does not say in
    // which items: every published item with terms goes through the outbox again, so that facets hold ids.
    private static async Task IndexTermsAgainAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var queued = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "SearchTasks" ("ContentItemId", "CreatedUtc")
            SELECT DISTINCT "ContentItemId", {0} FROM "ContentItems" WHERE "Published" AND "Data" LIKE '%"TermsPart"%'
            """, [TimeProvider.System.GetUtcNow().UtcDateTime], cancellationToken);
        logger.LogInformation("{Count} items with terms are queued to be indexed again.", queued);
    }
}
