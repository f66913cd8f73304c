using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Import;

/// <summary>
/// The data step that repairs the dashes lost as <c>¿</c> (<see cref="BrokenDashes"/>) in what earlier imports stored:
/// every text value of every version and its display text. Reads and writes only the columns it names, in SQL: the
/// entities' mapping will grow columns that this step's database lacks.
/// </summary>
internal static class StoredBrokenDashes
{
    private sealed record Version(int Id, string ContentItemId, string DisplayText, string Data);

    public static async Task RepairAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var versions = await db.Database.SqlQueryRaw<Version>(
            // Stored JSON escapes the mark as \u00BF; LIKE ignores the case of its hex digits.
            """
            SELECT "Id", "ContentItemId", "DisplayText", "Data" FROM "ContentItems"
            WHERE "Data" LIKE '%\u00bf%' OR "Data" LIKE '%¿%' OR "DisplayText" LIKE '%¿%'
            """)
            .ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var parts = JsonNode.Parse(version.Data)!;
            var displayText = BrokenDashes.Repair(version.DisplayText);
            var repaired = Repair(parts) + displayText.Repaired;
            if (repaired == 0)
            {
                continue;
            }
            await db.Database.ExecuteSqlRawAsync("""UPDATE "ContentItems" SET "Data" = {0}, "DisplayText" = {1} WHERE "Id" = {2}""",
                [parts.ToJsonString(ContentJson.Options), displayText.Text, version.Id], cancellationToken);
            logger.LogWarning("Item {Item}: {Count} broken characters (¿) in a version were read as the dashes the register lost.",
                version.ContentItemId, repaired);
        }
    }

    private static int Repair(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                return members.Select(m => m.Value).ToList().Sum(Repair);
            case JsonArray items:
                return items.ToList().Sum(Repair);
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var (text, repaired) = BrokenDashes.Repair(value.GetValue<string>());
                if (repaired > 0)
                {
                    value.ReplaceWith(text);
                }
                return repaired;
            default:
                return 0;
        }
    }
}
