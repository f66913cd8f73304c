using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Indexes;

/// <summary>Brings a tenant's indexes up to date: rebuilds them from the database, or applies new outbox rows.</summary>
public sealed class IndexBuilder(TenantIndexes indexes, TenantScopes scopes, SearchDocuments documents, ILogger<IndexBuilder> logger)
{
    private const int Batch = 500;

    /// <summary>Opens the tenant's indexes, rebuilding any that is missing, unfinished or unreadable, then catches up.</summary>
    public async Task EnsureAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        if (indexes.IsOpen(tenant.Name))
        {
            await CatchUpAsync(tenant, cancellationToken);
            return;
        }
        var rebuild = !indexes.AreComplete(tenant.Name);
        if (!rebuild)
        {
            try
            {
                indexes.Open(tenant.Name, fresh: false);
            }
            catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException)
            {
                logger.LogWarning(e, "The search index of tenant {Tenant} is broken; it is rebuilt.", tenant.Name);
                rebuild = true;
            }
        }
        if (rebuild)
        {
            await RebuildAsync(tenant, progress: null, cancellationToken);
        }
        await CatchUpAsync(tenant, cancellationToken);
    }

    /// <summary>Indexes every published item again; the old index stays searchable on disk until the new one is committed.</summary>
    public async Task RebuildAsync(Tenant tenant, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var writeLock = indexes.WriteLock(tenant.Name);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.Create(tenant);
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            // Rows written while the rebuild reads are applied afterwards by the catch-up.
            var cursor = await db.Set<SearchTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
            var content = scope.ServiceProvider.GetRequiredService<ContentManager>().Query();
            var total = await content.CountAsync(cancellationToken);
            var built = indexes.Open(tenant.Name, fresh: true).ToDictionary(i => i.Culture);
            var done = 0;
            await foreach (var item in content.OrderBy(i => i.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (built.TryGetValue(item.Culture, out var index))
                {
                    index.Put(item.ContentItemId, documents.For(tenant, item));
                }
                if (++done % Batch == 0)
                {
                    progress?.Report((done, total));
                }
            }
            foreach (var index in built.Values)
            {
                index.Commit(cursor);
            }
            progress?.Report((done, total));
            logger.LogInformation("Search index of tenant {Tenant} rebuilt: {Count} items.", tenant.Name, done);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Applies the outbox rows after the indexes' cursor: each named item is put again, or removed when no longer published.</summary>
    public async Task CatchUpAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        var writeLock = indexes.WriteLock(tenant.Name);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            var tenantIndexes = SearchAnalysisCultures().Select(c => indexes.Find(tenant.Name, c)).OfType<TenantIndex>().ToList();
            if (tenantIndexes.Count == 0)
            {
                return;
            }
            await using var scope = scopes.Create(tenant);
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            var cursor = tenantIndexes.Min(i => i.Cursor);
            while (await ApplyBatchAsync(tenant, db, tenantIndexes, cursor, cancellationToken) is { } next)
            {
                cursor = next;
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task<long?> ApplyBatchAsync(Tenant tenant, TenantDbContext db, List<TenantIndex> tenantIndexes, long cursor,
        CancellationToken cancellationToken)
    {
        var tasks = await db.Set<SearchTask>().AsNoTracking().Where(t => t.Id > cursor).OrderBy(t => t.Id)
            .Take(Batch).ToListAsync(cancellationToken);
        if (tasks.Count == 0)
        {
            return null;
        }
        var ids = tasks.Select(t => t.ContentItemId).Distinct().ToList();
        var published = await db.ContentItems.AsNoTracking().Where(i => i.Published && ids.Contains(i.ContentItemId))
            .ToDictionaryAsync(i => i.ContentItemId, cancellationToken);
        foreach (var id in ids)
        {
            var item = published.GetValueOrDefault(id);
            foreach (var index in tenantIndexes)
            {
                if (item is not null && item.Culture == index.Culture)
                {
                    index.Put(id, documents.For(tenant, item));
                }
                else
                {
                    index.Remove(id);
                }
            }
        }
        var last = tasks[^1].Id;
        foreach (var index in tenantIndexes)
        {
            index.Commit(last);
        }
        return tasks.Count < Batch ? null : last;
    }

    private static IReadOnlyList<string> SearchAnalysisCultures() => Analysis.SearchAnalyzers.Cultures;
}
