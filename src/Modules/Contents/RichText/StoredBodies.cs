using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.RichText;

/// <summary>
/// The data step that cleans every stored body again with <see cref="RichTextSanitizer"/>'s allow-list: bodies saved
/// before it kept what HtmlSanitizer's defaults allowed (forms, inputs, style), which a page would still show. A body the
/// sanitizer cannot read stays as it was, with a warning naming its item. Reads and writes only the columns it names,
/// in SQL: the entities' mapping will grow columns that this step's database lacks.
/// </summary>
internal static class StoredBodies
{
    private sealed record Version(int Id, string ContentItemId, string Data);

    public static async Task SanitizeAgainAsync(DbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var versions = await db.Database.SqlQueryRaw<Version>(
            """SELECT "Id", "ContentItemId", "Data" FROM "ContentItems" WHERE "Data" LIKE '%"BodyPart"%'""").ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            if (JsonNode.Parse(version.Data) is not JsonObject parts || parts["BodyPart"]?["html"] is not JsonValue stored
                || stored.GetValue<string>() is not { } html)
            {
                continue;
            }
            if (RichTextSanitizer.Sanitize(html) is not { } clean)
            {
                logger.LogWarning("Item {Item}: a version's body cannot be read by the sanitizer; it is kept as it was.", version.ContentItemId);
            }
            else if (clean != html)
            {
                stored.ReplaceWith(clean);
                await db.Database.ExecuteSqlRawAsync("""UPDATE "ContentItems" SET "Data" = {0} WHERE "Id" = {1}""",
                    [parts.ToJsonString(ContentJson.Options), version.Id], cancellationToken);
                logger.LogInformation("Item {Item}: a version's body lost markup outside the allow-list.", version.ContentItemId);
            }
        }
    }
}
