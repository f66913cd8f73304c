using Microsoft.Extensions.Options;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Tests.Querying;

public sealed class SearchResultCacheTests
{
    [Fact]
    public void The_same_search_is_found_once_until_the_indexes_change()
    {
        using var cache = Cache(entries: 10);
        var finds = 0;

        cache.GetOrFind(Key(indexVersion: 1), () => Found(++finds), HitsOf);
        var repeated = cache.GetOrFind(Key(indexVersion: 1), () => Found(++finds), HitsOf);
        var afterChange = cache.GetOrFind(Key(indexVersion: 2), () => Found(++finds), HitsOf);

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
            cache.GetOrFind(key, () => Found(++finds), HitsOf);
        }

        Assert.Equal(4, finds);
    }

    [Fact]
    public void A_listing_is_keyed_by_its_filters_whatever_their_order_and_by_its_window()
    {
        using var cache = Cache(entries: 10);
        var finds = 0;
        var request = new ListingRequest("fi", ["Event", "Project"], Keywords: new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });
        var reordered = request with { Keywords = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" } };
        ListingKey KeyOf(ListingRequest r, int offset = 0) => new(1, "fi", "a", ListingKey.Describe(r), offset, 10);

        // A value that reads like two keywords in a naive key is a filter of its own.
        var lookalike = request with { Keywords = new Dictionary<string, string> { ["a"] = "1,b=2" } };

        foreach (var key in new[] { KeyOf(request), KeyOf(reordered), KeyOf(request, offset: 10), KeyOf(request with { Region = "keski-suomi" }),
            KeyOf(request with { Theme = "keski-suomi" }), KeyOf(request with { Region = "1:a;", Theme = null }), KeyOf(request with { Region = "", Theme = "a" }),
            KeyOf(lookalike) })
        {
            cache.GetOrFind(key, () => new ListedPage([], ++finds), page => page.Items.Count);
        }

        Assert.Equal(7, finds);
    }

    [Fact]
    public void A_long_listing_counts_as_the_pages_of_results_it_holds()
    {
        using var cache = Cache(entries: 5);
        var finds = 0;
        ListedPage Listing(int items) => new([.. Enumerable.Range(0, items).Select(Item)], ++finds);
        var shortKey = new ListingKey(1, "fi", "a", "Event", 0, 20);
        var longKey = shortKey with { Size = ListingRequest.MaxSize };

        cache.GetOrFind(shortKey, () => Listing(20), page => page.Items.Count);
        cache.GetOrFind(shortKey, () => Listing(20), page => page.Items.Count);
        cache.GetOrFind(longKey, () => Listing(ListingRequest.MaxSize), page => page.Items.Count);
        cache.GetOrFind(longKey, () => Listing(ListingRequest.MaxSize), page => page.Items.Count);

        // The short one is kept; the long one, ten pages' worth, does not fit in five and is read each time.
        Assert.Equal(3, finds);
    }

    [Fact]
    public void With_no_entries_every_search_is_found_again()
    {
        using var cache = Cache(entries: 0);
        var finds = 0;

        cache.GetOrFind(Key(), () => Found(++finds), HitsOf);
        cache.GetOrFind(Key(), () => Found(++finds), HitsOf);

        Assert.Equal(2, finds);
    }

    private static SearchResultCache Cache(int entries) => new(Options.Create(new SearchOptions { ResultCacheEntries = entries }));

    private static ResultKey Key(long indexVersion = 1) => new(indexVersion, "fi", "a", "kylä\"", null, null, null, null, 1, 10);

    private static int HitsOf(FoundPage page) => page.Hits.Count;

    private static ListedItem Item(int n) => new("a", "Event", $"e{n}", "fi", $"Kyläilta {n}", $"e{n}", "", DateTime.UnixEpoch, DateTime.UnixEpoch,
        new Dictionary<string, string>());

    private static FoundPage Found(int total) => new(total, [], new Dictionary<string, IReadOnlyList<FacetCount>>());
}
