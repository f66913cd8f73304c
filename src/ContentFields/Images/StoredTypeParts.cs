using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.ContentFields.Images;

/// <summary>
/// The data step that adds a part to a type a site already stores (a new site gets the module's whole definition when
/// the feature is enabled). It edits only the definition's part list, in SQL, so fields an admin added stay.
/// </summary>
public static class StoredTypeParts
{
    private sealed record StoredType(string Definition);

    public static Func<DbContext, ILogger, CancellationToken, Task> Adding(params (string Type, string Part)[] additions) =>
        async (db, logger, cancellationToken) =>
        {
            foreach (var (type, part) in additions)
            {
                await AddAsync(db, logger, type, part, cancellationToken);
            }
        };

    private static async Task AddAsync(DbContext db, ILogger logger, string type, string part, CancellationToken cancellationToken)
    {
        var stored = await db.Database.SqlQuery<StoredType>($"""SELECT "Definition" FROM "ContentTypes" WHERE "Name" = {type}""")
            .ToListAsync(cancellationToken);
        if (stored is not [var row] || JsonNode.Parse(row.Definition) is not JsonObject definition
            || definition["parts"] is not JsonArray parts || parts.Any(p => p?.GetValue<string>() == part))
        {
            return;
        }
        parts.Add(part);
        var json = definition.ToJsonString();
        await db.Database.ExecuteSqlAsync($"""UPDATE "ContentTypes" SET "Definition" = {json} WHERE "Name" = {type}""", cancellationToken);
        logger.LogInformation("Content type {Type} gained the part {Part}.", type, part);
    }
}
