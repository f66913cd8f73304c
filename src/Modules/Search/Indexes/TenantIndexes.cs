using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Search.Analysis;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// This node's indexes, <c>{DataPath}/Sites/{tenant}/SearchIndex/{culture}</c>, one per tenant and culture: a bounded
/// set of open readers for searches, and writers opened only while a catch-up or rebuild runs.
/// </summary>
public sealed class TenantIndexes : IDisposable
{
    private readonly TenantDataPaths paths;
    private readonly SearchAnalyzers analyzers;
    private readonly TenantChanges changes;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> writeLocks = new(StringComparer.Ordinal);
    private long version;

    public TenantIndexes(TenantDataPaths paths, SearchAnalyzers analyzers, TenantChanges changes, IOptions<SearchOptions> options)
    {
        (this.paths, this.analyzers, this.changes) = (paths, analyzers, changes);
        Readers = new IndexReaders(options.Value.MaxOpenIndexes ?? SearchOptions.DefaultMaxOpenIndexes(), Folder);
    }

    internal IndexReaders Readers { get; }

    /// <summary>Grows whenever any tenant's index changes: what was found before may be found differently now.</summary>
    public long Version => Interlocked.Read(ref version);

    public string Folder(string tenant, string culture) => Path.Combine(paths.SiteFolder(tenant), "SearchIndex", culture);

    /// <summary>Every culture's last commit, or null when one is missing, unreadable or was left unfinished.</summary>
    internal IReadOnlyList<CommitState>? Committed(string tenant)
    {
        var commits = SearchAnalyzers.Cultures.Select(c => TenantIndexWriter.Committed(Folder(tenant, c))).ToList();
        return commits.All(c => c is { Complete: true }) ? commits.OfType<CommitState>().ToList() : null;
    }

    /// <summary>Whether every culture's index of the tenant is on disk and was finished.</summary>
    public bool AreComplete(string tenant) => Committed(tenant) is not null;

    /// <summary>Opens the tenant's indexes for writing; <paramref name="fresh"/> starts them empty for a rebuild. Dispose each.</summary>
    internal IReadOnlyList<TenantIndexWriter> OpenWriters(string tenant, bool fresh)
    {
        var writers = new List<TenantIndexWriter>();
        try
        {
            foreach (var culture in SearchAnalyzers.Cultures)
            {
                writers.Add(TenantIndexWriter.Open(culture, Folder(tenant, culture), analyzers, fresh));
            }
            return writers;
        }
        catch
        {
            writers.ForEach(w => w.Dispose());
            throw;
        }
    }

    /// <summary>After the tenant's writers committed: searches see the commits from now on.</summary>
    internal void Refresh(string tenant)
    {
        RefreshReaders(tenant);
        changes.TenantChanged(tenant);
    }

    /// <summary>Another process (an ops command's reindex or import) committed to the tenant's indexes.</summary>
    internal void RefreshReaders(string tenant)
    {
        foreach (var culture in SearchAnalyzers.Cultures)
        {
            Readers.Refresh(tenant, culture);
        }
        // After the readers moved: a search that sees the new version also sees the new commits.
        Interlocked.Increment(ref version);
    }

    /// <summary>
    /// Before the tenant's folder goes: its readers close, and the version grows, so that no result found in its index
    /// is served again from the result cache, not even to a new site of the same name (whose first commit grows it again).
    /// </summary>
    internal void Close(string tenant)
    {
        foreach (var culture in SearchAnalyzers.Cultures)
        {
            Readers.Close(tenant, culture);
        }
        Interlocked.Increment(ref version);
    }

    /// <summary>One writer at a time per tenant: the worker or a rebuild.</summary>
    internal SemaphoreSlim WriteLock(string tenant) => writeLocks.GetOrAdd(tenant, _ => new SemaphoreSlim(1, 1));

    public void Dispose() => Readers.Dispose();
}
