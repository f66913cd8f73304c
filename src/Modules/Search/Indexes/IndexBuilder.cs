using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Indexes;

/// <summary>Brings a tenant's indexes up to date: rebuilds them from the database, or applies new outbox rows.</summary>
public sealed class IndexBuilder(TenantIndexes indexes, TenantScopes scopes, SearchDocuments documents, OutboxCursors cursors,
    ILogger<IndexBuilder> logger)
{
    private const int Batch = 500;

    /// <summary>
    /// Rebuilds the tenant's indexes if one is missing, unfinished or unreadable, or if outbox rows they had not applied
    /// were deleted; then applies outbox rows past their cursor.
    /// </summary>
    public async Task EnsureAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        CatchUp outcome;
        try
        {
            outcome = await CatchUpAsync(tenant, cancellationToken);
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException)
        {
            logger.LogWarning(e, "The search index of tenant {Tenant} is broken; it is rebuilt.", tenant.Name);
            outcome = CatchUp.IndexMissing;
        }
        if (outcome == CatchUp.RowsMissed)
        {
            logger.LogWarning("Outbox rows that this node's search index of tenant {Tenant} had not applied were deleted while "
                + "the node was away; the index is rebuilt.", tenant.Name);
        }
        if (outcome != CatchUp.Applied)
        {
            await RebuildAsync(tenant, progress: null, cancellationToken);
            await CatchUpAsync(tenant, cancellationToken);
        }
    }

    /// <summary>Indexes every published item again; the old index stays searchable on disk until the new one is committed.</summary>
    public async Task RebuildAsync(Tenant tenant, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var writeLock = indexes.WriteLock(tenant.Name);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.Create(tenant);
            var db = BookkeepingContext(scope);
            // Rows written while the rebuild reads are applied afterwards by the catch-up.
            var cursor = await db.Set<SearchTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>().Query();
            var types = await TypesAsync(scope, cancellationToken);
            var total = await content.CountAsync(cancellationToken);
            var writers = indexes.OpenWriters(tenant.Name, fresh: true);
            try
            {
                var done = await PutAllAsync(tenant, content, types, writers.ToDictionary(w => w.Culture), progress, total, cancellationToken);
                Commit(writers, cursor);
                logger.LogInformation("Search index of tenant {Tenant} rebuilt: {Count} items.", tenant.Name, done);
            }
            finally
            {
                Dispose(writers);
            }
            indexes.Refresh(tenant.Name);
            await cursors.AppliedAsync(db, tenant.Name, cursor, cancellationToken);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private enum CatchUp { Applied, IndexMissing, RowsMissed }

    /// <summary>
    /// Applies the outbox rows after the indexes' cursor: each named item is put again, or removed when no longer published.
    /// Only a rebuild helps an index that is missing, unfinished or unreadable, or one whose rows past the cursor were deleted.
    /// </summary>
    private async Task<CatchUp> CatchUpAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var writeLock = indexes.WriteLock(tenant.Name);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            // Read once per check: after a restart every tenant is checked, and each read opens three indexes.
            if (indexes.Committed(tenant.Name) is not { } commits)
            {
                return CatchUp.IndexMissing;
            }
            await using var scope = scopes.Create(tenant);
            var db = BookkeepingContext(scope);
            var cursor = commits.Min(c => c.Cursor);
            await cursors.AppliedAsync(db, tenant.Name, cursor, cancellationToken);
            if (await cursors.MissedRowsAsync(db, cursor, cancellationToken))
            {
                return CatchUp.RowsMissed;
            }
            // Most catch-ups find nothing new (a start, a retry): the writers are opened only when there is work.
            if (await db.Set<SearchTask>().AnyAsync(t => t.Id > cursor, cancellationToken))
            {
                cursor = await ApplyAllAsync(tenant, db, await TypesAsync(scope, cancellationToken), cursor, cancellationToken);
                await cursors.AppliedAsync(db, tenant.Name, cursor, cancellationToken);
            }
            return CatchUp.Applied;
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task<int> PutAllAsync(Tenant tenant, IQueryable<ContentItem> content, IReadOnlyDictionary<string, ContentTypeDefinition> types,
        Dictionary<string, TenantIndexWriter> writers, IProgress<(int Done, int Total)>? progress, int total, CancellationToken cancellationToken)
    {
        var done = 0;
        await foreach (var item in content.OrderBy(i => i.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (writers.TryGetValue(item.Culture, out var writer) && DocumentOf(tenant, item, types) is { } document)
            {
                writer.Put(item.ContentItemId, document);
            }
            if (++done % Batch == 0)
            {
                progress?.Report((done, total));
            }
        }
        progress?.Report((done, total));
        return done;
    }

    private async Task<long> ApplyAllAsync(Tenant tenant, TenantDbContext db, IReadOnlyDictionary<string, ContentTypeDefinition> types, long cursor,
        CancellationToken cancellationToken)
    {
        var writers = indexes.OpenWriters(tenant.Name, fresh: false);
        try
        {
            while (await ApplyBatchAsync(tenant, db, types, writers, cursor, cancellationToken) is { } next)
            {
                cursor = next;
            }
            return cursor;
        }
        finally
        {
            Dispose(writers);
            indexes.Refresh(tenant.Name);
        }
    }

    /// <summary>One batch of rows; the next cursor, or null when none were left.</summary>
    private async Task<long?> ApplyBatchAsync(Tenant tenant, TenantDbContext db, IReadOnlyDictionary<string, ContentTypeDefinition> types,
        IReadOnlyList<TenantIndexWriter> writers, long cursor, CancellationToken cancellationToken)
    {
        var tasks = await db.Set<SearchTask>().AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id)
            .Take(Batch).ToListAsync(cancellationToken);
        if (tasks.Count == 0)
        {
            return null;
        }
        var ids = tasks.Select(t => t.ContentItemId).Distinct().ToList();
        // Grouped, not a dictionary: a duplicate left by an older release must not stop the whole site's index.
        var published = (await db.ContentItems.AsNoTracking().Where(i => i.Published && ids.Contains(i.ContentItemId))
            .ToListAsync(cancellationToken)).GroupBy(i => i.ContentItemId).ToDictionary(g => g.Key, g => g.MaxBy(i => i.Id)!);
        foreach (var id in ids)
        {
            var item = published.GetValueOrDefault(id);
            var document = item is null ? null : DocumentOf(tenant, item, types);
            foreach (var writer in writers)
            {
                if (document is not null && item!.Culture == writer.Culture)
                {
                    writer.Put(id, document);
                }
                else
                {
                    writer.Remove(id);
                }
            }
        }
        Commit(writers, tasks[^1].Id);
        return tasks[^1].Id;
    }

    // One item that cannot be mapped (stored data no mapper expected) is logged and left out; the others are indexed.
    private Lucene.Net.Documents.Document? DocumentOf(Tenant tenant, ContentItem item, IReadOnlyDictionary<string, ContentTypeDefinition> types)
    {
        try
        {
            return documents.For(tenant, item, types.GetValueOrDefault(item.ContentType));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Item {Item} of tenant {Tenant} could not be indexed; it is left out of search.", item.ContentItemId, tenant.Name);
            return null;
        }
    }

    // The types' own fields are mapped only with the type's definition at hand (FieldsSearchFields).
    // Cursors and applied rows are the indexes' bookkeeping; the index's own change is told by TenantIndexes.Refresh.
    private static TenantDbContext BookkeepingContext(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.IsBookkeeping = true;
        return db;
    }

    private static async Task<IReadOnlyDictionary<string, ContentTypeDefinition>> TypesAsync(AsyncServiceScope scope, CancellationToken cancellationToken) =>
        (await scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>().ListAsync(cancellationToken)).ToDictionary(t => t.Name);

    private static void Commit(IEnumerable<TenantIndexWriter> writers, long cursor)
    {
        foreach (var writer in writers)
        {
            writer.Commit(cursor);
        }
    }

    private static void Dispose(IEnumerable<TenantIndexWriter> writers)
    {
        foreach (var writer in writers)
        {
            writer.Dispose();
        }
    }
}
