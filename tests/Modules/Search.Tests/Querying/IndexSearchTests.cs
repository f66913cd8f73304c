using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Tests.Querying;

/// <summary>
/// A portal search over more tenants than may have readers open finds the same as one over all of them at once; title
/// and exact-phrase matches rank first; a repeated search sees what was indexed since.
/// </summary>
public sealed class IndexSearchTests : IDisposable
{
    private static readonly Tenant[] Tenants = [.. Enumerable.Range(1, 7).Select(i => new Tenant { Name = $"kyla-{i}" })];
    private readonly SearchAnalyzers analyzers = new(NullLogger<SearchAnalyzers>.Instance);
    private readonly string root = Path.Combine(Path.GetTempPath(), "vp-search-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<TenantIndexes, IndexSearch> searches = [];

    [Fact]
    public void Searching_in_batches_finds_the_same_hits_and_facet_counts_as_searching_all_at_once()
    {
        using var all = Indexes(maxOpen: 100);
        using var bounded = Indexes(maxOpen: 2);
        foreach (var tenant in Tenants)
        {
            Build(all, tenant);
        }
        var request = new SearchRequest("kylätalo", Size: 50);

        var expected = Search(all, request);
        var batched = Search(bounded, request);

        Assert.Equal(Tenants.Length * 2, expected.Total);
        Assert.Equal(expected.Total, batched.Total);
        Assert.Equal(expected.Hits.Select(h => h.ContentItemId).Order(), batched.Hits.Select(h => h.ContentItemId).Order());
        Assert.Equal(expected.Facets["tenant"], batched.Facets["tenant"]);
        Assert.True(bounded.Readers.Count <= 2);
    }

    [Fact]
    public void A_page_of_a_batched_search_holds_the_hits_after_the_pages_before_it()
    {
        using var bounded = Indexes(maxOpen: 2);
        foreach (var tenant in Tenants)
        {
            Build(bounded, tenant);
        }

        var first = Search(bounded, new SearchRequest("kylätalo", Page: 1, Size: 5));
        var second = Search(bounded, new SearchRequest("kylätalo", Page: 2, Size: 5));

        Assert.Equal(5, first.Hits.Count);
        Assert.Equal(5, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.ContentItemId).Intersect(second.Hits.Select(h => h.ContentItemId)));
        Assert.True(first.Hits[^1].Score >= second.Hits[0].Score);
    }

    [Fact]
    public async Task Removing_a_tenant_closes_its_readers_and_leaves_the_others_open()
    {
        using var indexes = Indexes(maxOpen: 100);
        foreach (var tenant in Tenants)
        {
            Build(indexes, tenant);
        }
        _ = Search(indexes, new SearchRequest("kylätalo"));
        var openBefore = indexes.Readers.Count;

        await new IndexRemoval(indexes).RemovingAsync(Tenants[0], CancellationToken.None);

        Assert.Equal(openBefore - 1, indexes.Readers.Count);
        Assert.Equal((Tenants.Length - 1) * 2, Search(indexes, new SearchRequest("kylätalo"), Tenants[1..]).Total);
    }

    [Fact]
    public void A_hit_with_the_words_in_its_title_ranks_above_one_with_them_only_in_its_text()
    {
        using var indexes = Indexes(maxOpen: 100);
        // Equal text scores: without the title lift the first item put wins the tie.
        Build(indexes, Tenants[0], [("teksti", "Talkoot", "Kylätalo ja piha"), ("otsikko", "Kylätalo", "Talkoot ja piha")]);

        var hits = Search(indexes, new SearchRequest("kylätalo"), Tenants[..1]).Hits;

        Assert.Equal(["kyla-1-otsikko", "kyla-1-teksti"], hits.Select(h => h.ContentItemId));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void A_hit_with_the_words_in_the_order_typed_ranks_above_one_with_them_apart()
    {
        using var indexes = Indexes(maxOpen: 100);
        Build(indexes, Tenants[0], [("erillaan", "Kokous", "Palvelut ja kylien talot"), ("vierekkain", "Kokous", "Kylien palvelut ja talot")]);

        var hits = Search(indexes, new SearchRequest("kylien palvelut"), Tenants[..1]).Hits;

        Assert.Equal(["kyla-1-vierekkain", "kyla-1-erillaan"], hits.Select(h => h.ContentItemId));
    }

    [Fact]
    public void A_repeated_search_finds_an_item_indexed_after_the_first_one()
    {
        using var indexes = Indexes(maxOpen: 100);
        foreach (var tenant in Tenants)
        {
            Build(indexes, tenant);
        }
        var before = Search(indexes, new SearchRequest("kalastusretki"));

        Build(indexes, Tenants[3], [("uusi", "Kalastusretki järvelle", "Ilmoittaudu mukaan")], fresh: false);
        indexes.Refresh(Tenants[3].Name);
        var after = Search(indexes, new SearchRequest("kalastusretki"));

        Assert.Equal(Tenants.Length, before.Total);
        Assert.Equal(Tenants.Length + 1, after.Total);
        Assert.Contains(after.Hits, h => h.ContentItemId == "kyla-4-uusi");
    }

    public void Dispose()
    {
        analyzers.Dispose();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private TenantIndexes Indexes(int maxOpen)
    {
        var paths = new TenantDataPaths(Options.Create(new PortalOptions { DataPath = root }), new HostingEnvironment { ContentRootPath = root });
        return new TenantIndexes(paths, analyzers, new TenantChanges(), Options.Create(new SearchOptions { MaxOpenIndexes = maxOpen }));
    }

    private SearchResults Search(TenantIndexes indexes, SearchRequest request, Tenant[]? tenants = null)
    {
        // One search (and result cache) per set of indexes, as in the portal.
        var backlog = new SearchBacklog();
        var search = searches.TryGetValue(indexes, out var known) ? known
            : searches[indexes] = new IndexSearch(indexes, analyzers, backlog, new SearchResultCache(Options.Create(new SearchOptions())),
                new SearchMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>(), backlog));
        return search.Search(request, tenants ?? Tenants, (tenant, _, slug) => $"/{tenant}/{slug}");
    }

    private void Build(TenantIndexes indexes, Tenant tenant) =>
        Build(indexes, tenant, [("talo", "Kylätalon talkoot", ""), ("kylat", "Kylätalot ja kylien palvelut", ""), ("muu", "Kalastusretki", "")]);

    private static void Build(TenantIndexes indexes, Tenant tenant, (string Id, string Title, string Body)[] items, bool fresh = true)
    {
        var writers = indexes.OpenWriters(tenant.Name, fresh);
        var finnish = writers.Single(w => w.Culture == "fi");
        foreach (var (id, title, body) in items)
        {
            var item = new ContentItem { ContentItemId = $"{tenant.Name}-{id}", VersionId = id, ContentType = "Page", Culture = "fi" };
            var fields = new SearchDocument().AddText(SearchFieldNames.Title, title).AddText("body", body);
            finnish.Put(item.ContentItemId, SearchDocuments.For(tenant.Name, null, item, fields));
        }
        foreach (var writer in writers)
        {
            writer.Commit(cursor: 1);
            writer.Dispose();
        }
    }
}
