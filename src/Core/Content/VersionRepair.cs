using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Core.Content;

/// <summary>Filters of the unique indexes that keep one latest and one published version per item, and one published slug.</summary>
public static class VersionFilters
{
    // Plain column names: a boolean column is a valid condition on both SQLite and PostgreSQL.
    public const string Latest = "\"Latest\"";
    public const string Published = "\"Published\"";
}

/// <summary>
/// Repairs what concurrent saves left before the unique indexes existed: several latest or published versions of one item
/// (the newest stays) and one published slug on several items (the first published keeps it, the others get a suffix).
/// A data step reads only the columns it names, in SQL: the entity's mapping will grow columns that this step's database lacks.
/// </summary>
internal static class VersionRepair
{
    private sealed record Version(int Id, string ContentItemId, string VersionId, string Culture, string? Slug, DateTime? PublishedUtc, string Data);

    public static async Task RepairAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        await KeepNewestAsync(db, Latest, logger, cancellationToken);
        await KeepNewestAsync(db, Published, logger, cancellationToken);
        await SuffixSharedSlugsAsync(db, logger, cancellationToken);
    }

    private sealed record Flag(string Name, string Select, string Unmark);

    private const string Columns = """SELECT "Id", "ContentItemId", "VersionId", "Culture", "Slug", "PublishedUtc", "Data" FROM "ContentItems" """;
    private static readonly Flag Latest = new("latest", Columns + """WHERE "Latest" """, """UPDATE "ContentItems" SET "Latest" = {0} WHERE "Id" = {1}""");
    private static readonly Flag Published =
        new("published", Columns + """WHERE "Published" """, """UPDATE "ContentItems" SET "Published" = {0} WHERE "Id" = {1}""");

    private static Task<List<Version>> FlaggedAsync(DbContext db, Flag flag, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<Version>(flag.Select).ToListAsync(cancellationToken);

    private static async Task KeepNewestAsync(DbContext db, Flag flag, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var versions in (await FlaggedAsync(db, flag, cancellationToken)).GroupBy(v => v.ContentItemId).Where(g => g.Count() > 1))
        {
            var newest = versions.MaxBy(v => v.Id)!;
            foreach (var older in versions.Where(v => v != newest))
            {
                await db.Database.ExecuteSqlRawAsync(flag.Unmark, [false, older.Id], cancellationToken);
            }
            logger.LogWarning("Item {Item} had {Count} {Flag} versions; version {Version} stays {Flag}.",
                versions.Key, versions.Count(), flag.Name, newest.VersionId, flag.Name);
        }
    }

    private static async Task SuffixSharedSlugsAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var published = await FlaggedAsync(db, Published, cancellationToken);
        var taken = published.Select(v => (v.Slug, v.Culture)).ToHashSet();
        foreach (var holders in published.Where(v => v.Slug is not null).GroupBy(v => (v.Slug, v.Culture)).Where(g => g.Count() > 1))
        {
            foreach (var version in holders.OrderBy(v => v.PublishedUtc).ThenBy(v => v.Id).Skip(1))
            {
                var slug = Enumerable.Range(2, int.MaxValue - 2).Select(n => $"{version.Slug}-{n}").First(s => taken.Add((s, version.Culture)));
                await db.Database.ExecuteSqlRawAsync("""UPDATE "ContentItems" SET "Slug" = {0}, "Data" = {1} WHERE "Id" = {2}""",
                    [slug, WithRouteSlug(version.Data, slug), version.Id], cancellationToken);
                logger.LogWarning("Item {Item} shared the published slug {Slug} ({Culture}) with another item; it is now {NewSlug}.",
                    version.ContentItemId, version.Slug, version.Culture, slug);
            }
        }
    }

    // The route part keeps its own copy of the slug, which the editor shows.
    private static string WithRouteSlug(string data, string slug)
    {
        var parts = JsonNode.Parse(data) as JsonObject ?? [];
        if (parts["AutoroutePart"] is JsonObject route)
        {
            route["slug"] = slug;
        }
        return parts.ToJsonString(ContentJson.Options);
    }
}
