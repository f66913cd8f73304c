using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Articles;

/// <summary>
/// The data step that gives a site's stored Article type the contact people part (ContactsPart), which new sites get from
/// <see cref="ArticlesModule"/>: a story page such as seed 004's names its project leader. The type's other parts and the
/// fields an admin added stay. Reads and writes only the columns it names, in SQL, as the other data steps do.
/// </summary>
internal static class StoredArticleType
{
    private sealed record Stored(string Definition);

    public static async Task AddContactsAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var stored = await db.Database.SqlQueryRaw<Stored>("""SELECT "Definition" FROM "ContentTypes" WHERE "Name" = 'Article'""")
            .ToListAsync(cancellationToken);
        if (stored is not [{ } article] || JsonNode.Parse(article.Definition) is not JsonObject definition
            || definition["parts"] is not JsonArray parts || parts.Any(p => p?.GetValue<string>() == "ContactsPart"))
        {
            return;
        }
        var body = parts.Select((p, i) => (Name: p?.GetValue<string>(), Index: i)).FirstOrDefault(p => p.Name == "BodyPart");
        parts.Insert(body.Name is null ? parts.Count : body.Index + 1, "ContactsPart");
        await db.Database.ExecuteSqlRawAsync("""UPDATE "ContentTypes" SET "Definition" = {0} WHERE "Name" = 'Article'""",
            [definition.ToJsonString()], cancellationToken);
        logger.LogInformation("The Article type now has contact people.");
    }
}
