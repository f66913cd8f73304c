using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Taxonomies;

/// <summary>
/// The data step that turns term names stored in items (a recipe or API write could put "Lappi" where "lappi" belongs)
/// into term ids, in every version and lookup row. A name no term has stays as it was, with a warning. Reads and writes
/// only the columns it names, in SQL: the entities' mapping will grow columns that this step's database lacks.
/// </summary>
internal static class StoredTermNames
{
    private sealed record StoredTerm(string Vocabulary, string Id, string Fi, string? Sv, string? En);

    private sealed record Version(int Id, string ContentItemId, string Data);

    private sealed record LookupRow(int Id, string Vocabulary, string TermId);

    public static async Task ToIdsAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var terms = (await db.Database.SqlQueryRaw<StoredTerm>(
                """SELECT "Vocabulary", "Id", "Name_Fi" AS "Fi", "Name_Sv" AS "Sv", "Name_En" AS "En" FROM "Terms" """).ToListAsync(cancellationToken))
            .ToLookup(t => t.Vocabulary);
        // The id of the term the value names; null when no term has it as its id or name.
        string? IdOf(string vocabulary, string value) =>
            terms[vocabulary].FirstOrDefault(t => t.Id == value)?.Id
            ?? terms[vocabulary].FirstOrDefault(t => TermNames.Matches(new LocalizedText(t.Fi, t.Sv, t.En), value))?.Id;
        await VersionsToIdsAsync(db, IdOf, logger, cancellationToken);
        await LookupRowsToIdsAsync(db, IdOf, cancellationToken);
    }

    private static async Task VersionsToIdsAsync(DbContext db, Func<string, string, string?> idOf, ILogger logger,
        CancellationToken cancellationToken)
    {
        var versions = await db.Database.SqlQueryRaw<Version>(
            """SELECT "Id", "ContentItemId", "Data" FROM "ContentItems" WHERE "Data" LIKE '%"TermsPart"%'""").ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var parts = JsonNode.Parse(version.Data) as JsonObject;
            if (parts?["TermsPart"]?["terms"] is not JsonObject vocabularies)
            {
                continue;
            }
            var changed = false;
            foreach (var (vocabulary, values) in vocabularies)
            {
                foreach (var value in (values as JsonArray ?? []).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).ToList())
                {
                    var text = value.GetValue<string>();
                    var id = idOf(vocabulary, text);
                    if (id is null)
                    {
                        logger.LogWarning("Item {Item}: '{Value}' is no term of {Vocabulary}; it is kept as it was.", version.ContentItemId, text, vocabulary);
                    }
                    else if (id != text)
                    {
                        value.ReplaceWith(id);
                        changed = true;
                    }
                }
            }
            if (changed)
            {
                await db.Database.ExecuteSqlRawAsync("""UPDATE "ContentItems" SET "Data" = {0} WHERE "Id" = {1}""",
                    [parts.ToJsonString(ContentJson.Options), version.Id], cancellationToken);
                logger.LogInformation("Item {Item}: a version's terms are now stored by id.", version.ContentItemId);
            }
        }
    }

    private static async Task LookupRowsToIdsAsync(DbContext db, Func<string, string, string?> idOf, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<LookupRow>("""SELECT "Id", "Vocabulary", "TermId" FROM "ItemTerm" """).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (idOf(row.Vocabulary, row.TermId) is { } id && id != row.TermId)
            {
                await db.Database.ExecuteSqlRawAsync("""UPDATE "ItemTerm" SET "TermId" = {0} WHERE "Id" = {1}""", [id, row.Id], cancellationToken);
            }
        }
    }
}
