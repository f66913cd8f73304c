using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Indexing;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Tests.Querying;

/// <summary>A portal search over more tenants than may have readers open finds the same as one over all of them at once.</summary>
public sealed class IndexSearchTests : IDisposable
{
    private static readonly Tenant[] Tenants = [.. Enumerable.Range(1, 7).Select(i => new Tenant { Name = $"kyla-{i}" })];
    private readonly SearchAnalyzers analyzers = new(NullLogger<SearchAnalyzers>.Instance);
    private readonly string root = Path.Combine(Path.GetTempPath(), "vp-search-" + Guid.NewGuid().ToString("N"));

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
        return new TenantIndexes(paths, analyzers, Options.Create(new SearchOptions { MaxOpenIndexes = maxOpen }));
    }

    private SearchResults Search(TenantIndexes indexes, SearchRequest request) =>
        new IndexSearch(indexes, analyzers, new SearchBacklog()).Search(request, Tenants, (tenant, _, slug) => $"/{tenant}/{slug}");

    private void Build(TenantIndexes indexes, Tenant tenant)
    {
        var writers = indexes.OpenWriters(tenant.Name, fresh: true);
        var finnish = writers.Single(w => w.Culture == "fi");
        foreach (var (id, text) in new[] { ("talo", "Kylätalon talkoot"), ("kylat", "Kylätalot ja kylien palvelut"), ("muu", "Kalastusretki") })
        {
            var item = new ContentItem { ContentItemId = $"{tenant.Name}-{id}", VersionId = id, ContentType = "Page", Culture = "fi" };
            finnish.Put(item.ContentItemId, SearchDocuments.For(tenant.Name, null, item, new SearchDocument().AddText(SearchFieldNames.Title, text)));
        }
        foreach (var writer in writers)
        {
            writer.Commit(cursor: 1);
            writer.Dispose();
        }
    }
}
