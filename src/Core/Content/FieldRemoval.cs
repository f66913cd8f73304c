using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Core.Content;

/// <summary>What becomes of the values saved in a field that is removed from its type.</summary>
public enum RemovedFieldValues
{
    Delete,
    KeepHidden,
}

/// <summary>
/// Removes a simple field from a type together with its values in every version of every item of the type: deleted, or
/// kept hidden (<see cref="FieldsPart.HiddenMember"/>). The definition and the values change in one transaction, so a
/// field is never gone while its values are still shown, nor the other way round.
/// </summary>
public sealed class FieldRemoval(TenantDbContext db, ContentDefinitionStore definitions, TenantContentHandlers extensions)
{
    // Versions are read a batch at a time, so that a type with a long history does not sit in memory at once.
    private const int Batch = 200;

    public async Task RemoveAsync(ContentTypeDefinition type, string field, RemovedFieldValues values, CancellationToken cancellationToken)
    {
        if (type.Fields.All(f => f.Name != field))
        {
            throw new ContentException($"Content type '{type.Name}' has no field '{field}'.");
        }
        var rewritten = new List<ContentItem>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var after = 0;
            while (await NextBatchAsync(type.Name, field, after, cancellationToken) is { Count: > 0 } batch)
            {
                rewritten.AddRange(await TakeOutAsync(batch, field, values, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                batch.ForEach(version => db.Entry(version).State = EntityState.Detached);
                after = batch[^1].Id;
            }
            await definitions.SaveAsync(type with { Fields = [.. type.Fields.Where(f => f.Name != field)] }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var version in rewritten)
        {
            await RaiseAsync(h => h.RewrittenAsync(version, cancellationToken));
        }
    }

    // The published versions whose value was taken out, after the handlers added what goes with the change (search outbox rows).
    private async Task<List<ContentItem>> TakeOutAsync(List<ContentItem> batch, string field, RemovedFieldValues values,
        CancellationToken cancellationToken)
    {
        var rewritten = new List<ContentItem>();
        foreach (var version in batch)
        {
            if (!version.TakeOutFieldValue(field, keepHidden: values == RemovedFieldValues.KeepHidden))
            {
                continue;
            }
            // A changed row: an editor's form opened on it before is now an older state.
            version.Revision++;
            if (version.Published)
            {
                await RaiseAsync(h => h.RewritingAsync(version, cancellationToken));
                rewritten.Add(version);
            }
        }
        return rewritten;
    }

    // Only versions whose JSON names the field at all; the field's name is a slug, so it needs no escaping in JSON.
    private Task<List<ContentItem>> NextBatchAsync(string contentType, string field, int after, CancellationToken cancellationToken) =>
        db.ContentItems.Where(i => i.ContentType == contentType && i.Id > after && i.Data.Contains("\"" + field + "\""))
            .OrderBy(i => i.Id).Take(Batch).ToListAsync(cancellationToken);

    private async Task RaiseAsync(Func<IContentHandler, Task> handlerEvent)
    {
        foreach (var handler in extensions.Handlers)
        {
            await handlerEvent(handler);
        }
    }
}
