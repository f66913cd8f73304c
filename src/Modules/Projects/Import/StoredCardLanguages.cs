using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Contents.Import;

namespace Verkostoportaali.Projects.Import;

/// <summary>
/// The data step that moves projects earlier imports stored as Swedish, from cards shown on the register's Swedish pages
/// with Finnish text, to Finnish, where the import now puts them (<see cref="RegisterCardReader"/>). Only the item's
/// language changes, in every version: its text, values, drafts and history stay. A project whose localization set
/// already has a Finnish item, or whose slug a Finnish page has, stays Swedish with a warning for an editor to resolve.
/// Reads and writes only the columns it names, in SQL: the entities' mapping will grow columns this database lacks.
/// </summary>
internal static class StoredCardLanguages
{
    private sealed record Version(string ContentItemId, string? LocalizationSet, string? Slug, string Data);

    public static async Task ToTextLanguageAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var latest = await db.Database.SqlQueryRaw<Version>(
            """
            SELECT "ContentItemId", "LocalizationSet", "Slug", "Data" FROM "ContentItems"
            WHERE "ContentType" = 'Project' AND "Culture" = 'sv' AND "Latest"
            """).ToListAsync(cancellationToken);
        foreach (var version in latest.Where(v => TextCulture(v.Data) == "fi"))
        {
            var taken = await db.Database.SqlQueryRaw<int>(
                """
                SELECT COUNT(*) AS "Value" FROM "ContentItems" WHERE "Culture" = 'fi' AND "ContentItemId" <> {0}
                AND (("LocalizationSet" IS NOT NULL AND "LocalizationSet" = {1}) OR ("Slug" IS NOT NULL AND "Slug" = {2}))
                """, version.ContentItemId, version.LocalizationSet ?? "", version.Slug ?? "").SingleAsync(cancellationToken);
            if (taken > 0)
            {
                logger.LogWarning("Project {Item} has Finnish text but stays Swedish: a Finnish item of its set or slug exists.", version.ContentItemId);
                continue;
            }
            await db.Database.ExecuteSqlRawAsync("""UPDATE "ContentItems" SET "Culture" = 'fi' WHERE "ContentItemId" = {0}""",
                [version.ContentItemId], cancellationToken);
            logger.LogInformation("Project {Item} has Finnish text: it is now the Finnish item.", version.ContentItemId);
        }
    }

    private static string? TextCulture(string data) =>
        JsonNode.Parse(data)?["RegisterCardPart"] is JsonObject card
            ? TextLanguage.Detect($"{card["name"]?.GetValue<string>()}\n{card["publicDescription"]?.GetValue<string>()}")
            : null;
}
