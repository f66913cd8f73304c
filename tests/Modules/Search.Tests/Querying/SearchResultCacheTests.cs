using Microsoft.Extensions.Options;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Tests.Querying;

public sealed class SearchResultCacheTests
{
    [Fact]
    public void The_same_search_is_found_once_until_the_indexes_change()
    {
        using var cache = Cache(entries: 10);
        var finds = 0;

        cache.GetOrFind(Key(indexVersion: 1), () => Found(++finds));
        var repeated = cache.GetOrFind(Key(indexVersion: 1), () => Found(++finds));
        var afterChange = cache.GetOrFind(Key(indexVersion: 2), () => Found(++finds));

        Assert.Equal(1, repeated.Total);
        Assert.Equal(2, afterChange.Total);
        Assert.Equal(2, finds);
    }

    [Fact]
    public void Other_pages_tenants_and_filters_are_found_apart()
    {
        using var cache = Cache(entries: 10);
        var finds = 0;

        foreach (var key in new[] { Key(), Key() with { Page = 2 }, Key() with { Tenants = "a\nb" }, Key() with { Type = "Event" } })
        {
            cache.GetOrFind(key, () => Found(++finds));
        }

        Assert.Equal(4, finds);
    }

    [Fact]
    public void With_no_entries_every_search_is_found_again()
    {
        using var cache = Cache(entries: 0);
        var finds = 0;

        cache.GetOrFind(Key(), () => Found(++finds));
        cache.GetOrFind(Key(), () => Found(++finds));

        Assert.Equal(2, finds);
    }

    private static SearchResultCache Cache(int entries) => new(Options.Create(new SearchOptions { ResultCacheEntries = entries }));

    private static ResultKey Key(long indexVersion = 1) => new(indexVersion, "fi", "a", "kylä\"", null, null, null, null, 1, 10);

    private static FoundPage Found(int total) => new(total, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
}
