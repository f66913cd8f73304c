using System.Collections.Concurrent;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Analysis;

namespace Verkostoportaali.Search.Indexes;

/// <summary>This node's open indexes: <c>{DataPath}/Sites/{tenant}/SearchIndex/{culture}</c>, one per tenant and culture.</summary>
public sealed class TenantIndexes(TenantDataPaths paths, SearchAnalyzers analyzers) : IDisposable
{
    private readonly ConcurrentDictionary<(string Tenant, string Culture), TenantIndex> open = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> writeLocks = new(StringComparer.Ordinal);

    public string Folder(string tenant, string culture) => Path.Combine(paths.SiteFolder(tenant), "SearchIndex", culture);

    /// <summary>Whether every culture's index of the tenant is on disk and was finished.</summary>
    public bool AreComplete(string tenant) => SearchAnalyzers.Cultures.All(c => TenantIndex.IsComplete(Folder(tenant, c)));

    internal TenantIndex? Find(string tenant, string culture) => open.GetValueOrDefault((tenant, culture));

    internal bool IsOpen(string tenant) => open.ContainsKey((tenant, SearchAnalyzers.Cultures[0]));

    /// <summary>Opens the tenant's indexes; <paramref name="fresh"/> starts them empty for a rebuild.</summary>
    internal IReadOnlyList<TenantIndex> Open(string tenant, bool fresh)
    {
        Close(tenant);
        var indexes = new List<TenantIndex>();
        foreach (var culture in SearchAnalyzers.Cultures)
        {
            var index = TenantIndex.Open(tenant, culture, Folder(tenant, culture), analyzers, fresh);
            open[(tenant, culture)] = index;
            indexes.Add(index);
        }
        return indexes;
    }

    internal void Close(string tenant)
    {
        foreach (var culture in SearchAnalyzers.Cultures)
        {
            if (open.TryRemove((tenant, culture), out var index))
            {
                index.Dispose();
            }
        }
    }

    /// <summary>One writer at a time per tenant: the worker, the request that changed content, or a rebuild.</summary>
    internal SemaphoreSlim WriteLock(string tenant) => writeLocks.GetOrAdd(tenant, _ => new SemaphoreSlim(1, 1));

    public void Dispose()
    {
        foreach (var index in open.Values)
        {
            index.Dispose();
        }
        open.Clear();
    }
}
