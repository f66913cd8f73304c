using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Core.Content;

/// <summary>
/// Changes the stored parts of every version of a type in place, with no new version (a removed field's values taken
/// out), in one transaction with a change that goes with it (the type's definition), so that neither shows without the other.
/// </summary>
public sealed class ContentRewriter(TenantDbContext db, TenantContentHandlers extensions)
{
    // Versions are read a batch at a time, so that a type with a long history does not sit in memory at once.
    private const int Batch = 200;

    /// <summary>
    /// Offers <paramref name="rewrite"/> each version whose JSON contains <paramref name="mentioning"/>; it returns whether
    /// it changed the version. Then runs <paramref name="alongside"/> and commits.
    /// </summary>
    public async Task RewriteAsync(string contentType, string mentioning, Func<ContentItem, bool> rewrite, Func<Task> alongside,
        CancellationToken cancellationToken)
    {
        var rewritten = new List<ContentItem>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var after = 0;
            while (await NextBatchAsync(contentType, mentioning, after, cancellationToken) is { Count: > 0 } batch)
            {
                rewritten.AddRange(await RewriteBatchAsync(batch, rewrite, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                batch.ForEach(version => db.Entry(version).State = EntityState.Detached);
                after = batch[^1].Id;
            }
            await alongside();
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var version in rewritten)
        {
            await RaiseAsync(h => h.RewrittenAsync(version, cancellationToken));
        }
    }

    // The published versions rewritten, after the handlers added what goes with the change (search outbox rows).
    private async Task<List<ContentItem>> RewriteBatchAsync(List<ContentItem> batch, Func<ContentItem, bool> rewrite,
        CancellationToken cancellationToken)
    {
        var rewritten = new List<ContentItem>();
        foreach (var version in batch)
        {
            if (!rewrite(version))
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

    private Task<List<ContentItem>> NextBatchAsync(string contentType, string mentioning, int after, CancellationToken cancellationToken) =>
        db.ContentItems.Where(i => i.ContentType == contentType && i.Id > after && i.Data.Contains(mentioning))
            .OrderBy(i => i.Id).Take(Batch).ToListAsync(cancellationToken);

    private async Task RaiseAsync(Func<IContentHandler, Task> handlerEvent)
    {
        foreach (var handler in extensions.Handlers)
        {
            await handlerEvent(handler);
        }
    }
}
