using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// Pages of results found lately, for visitors who ask the same: many search the same few words, and every view of
/// the portal home lists the same newest items across the sites (Solr's query result cache). An entry is keyed by the
/// indexes' version, so a commit anywhere makes every earlier entry unreachable (and they are let go); a published
/// item is found on the next search or listing as before.
/// </summary>
public sealed class SearchResultCache(IOptions<SearchOptions> options) : IDisposable
{
    private readonly int capacity = Math.Max(0, options.Value.ResultCacheEntries);
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ResultCacheEntries) });
    private long version;

    /// <param name="resultsOf">
    /// How many results what was found holds: an entry counts as one page of results for each
    /// <see cref="SearchRequest.MaxSize"/> of them, so that the bound holds for a listing of hundreds of items too.
    /// </param>
    internal T GetOrFind<T>(IResultKey key, Func<T> find, Func<T, int> resultsOf) where T : class
    {
        if (capacity == 0)
        {
            return find();
        }
        var seen = Interlocked.Read(ref version);
        if (key.IndexVersion > seen && Interlocked.CompareExchange(ref version, key.IndexVersion, seen) == seen)
        {
            cache.Clear();
        }
        if (cache.TryGetValue(key, out T? found))
        {
            return found!;
        }
        found = find();
        cache.Set(key, found, new MemoryCacheEntryOptions { Size = 1 + Math.Max(0, resultsOf(found) - 1) / SearchRequest.MaxSize });
        return found;
    }

    public void Dispose() => cache.Dispose();
}

/// <summary>A record that identifies what was found, with the version of the indexes it was found in.</summary>
internal interface IResultKey
{
    long IndexVersion { get; }
}

/// <summary>What identifies a page of results: the indexes' version, the tenants searched and the search as asked.</summary>
internal sealed record ResultKey(long IndexVersion, string Culture, string Tenants, string Query, string? Type, string? Region,
    string? Status, string? Year, int Page, int Size) : IResultKey;

/// <summary>A page of results before item addresses, which depend on the request's host, are added.</summary>
internal sealed record FoundPage(int Total, IReadOnlyList<FoundHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static readonly FoundPage None = new(0, [], SearchResults.None.Facets);

    public SearchResults WithUrls(Func<string, string, string, string> urlOf) => new(Total,
        [.. Hits.Select(h => new SearchHit(h.Tenant, h.ContentType, h.ContentItemId, h.Title, urlOf(h.Tenant, h.UrlCulture, h.Slug), h.Snippet, h.Culture, h.Score))],
        Facets);
}

internal sealed record FoundHit(string Tenant, string ContentType, string ContentItemId, string Title, string UrlCulture, string Slug,
    string Snippet, string Culture, float Score);
