using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Data;

namespace Verkostoportaali.Maps;

/// <summary>The module's data steps: sites made before the map get the location field and their places indexed.</summary>
internal static class MapsMigrations
{
    public static IEnumerable<MigrationStep> Steps =>
    [
        MigrationStep.DataStep(1, "Location field, and places indexed", AddLocationAndIndexAsync),
    ];

    private sealed record StoredType(string Name, string Definition);

    // A type's stored definition is replaced only when its feature is enabled, which in a site made before the map has
    // already happened: the location part is added to it here. Then each published item of the mapped types goes
    // through Search's outbox once (Search's steps run first, in Program.cs order), so that its place is in the index.
    private static async Task AddLocationAndIndexAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var stored = await db.Database.SqlQueryRaw<StoredType>("""SELECT "Name", "Definition" FROM "ContentTypes" """)
            .ToListAsync(cancellationToken);
        var readTolerantly = new JsonSerializerOptions(ContentJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };
        foreach (var type in stored.Where(t => MapsModule.MappedTypes.Contains(t.Name)))
        {
            var definition = JsonSerializer.Deserialize<ContentTypeDefinition>(type.Definition, readTolerantly)!;
            if (!definition.Parts.Contains(nameof(LocationPart)))
            {
                var json = JsonSerializer.Serialize(definition with { Parts = [.. definition.Parts, nameof(LocationPart)] }, ContentJson.Options);
                await db.Database.ExecuteSqlRawAsync("""UPDATE "ContentTypes" SET "Definition" = {0} WHERE "Name" = {1}""",
                    [json, type.Name], cancellationToken);
                logger.LogInformation("The type {Type} got the location field.", type.Name);
            }
        }
        var queued = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "SearchTasks" ("ContentItemId", "CreatedUtc")
            SELECT DISTINCT "ContentItemId", {0} FROM "ContentItems" WHERE "Published" AND "ContentType" IN ({1}, {2}, {3})
            """, [TimeProvider.System.GetUtcNow().UtcDateTime, .. MapsModule.MappedTypes], cancellationToken);
        logger.LogInformation("{Count} published providers, events and networks are queued to be indexed with their places.", queued);
    }
}
