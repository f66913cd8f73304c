using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Api;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Bench.Search;

/// <summary>
/// The same queries without HTTP, one after another: through the portal's <see cref="IndexSearch"/>, and as raw Lucene
/// (the query built in advance, an <see cref="IndexSearcher"/> over one MultiReader of the sites' indexes read as the
/// portal reads them (<see cref="PositionalReadDirectory"/>), the best 50
/// lifted by title and exact-phrase matches, as the portal does, the top 10 documents loaded) — what
/// the search path costs above Lucene's own work.
/// </summary>
public static class DirectPhase
{
    public static LatencySummary PortalSearch(IServiceProvider services, int rounds)
    {
        var search = services.GetRequiredService<IndexSearch>();
        var registry = services.GetRequiredService<TenantRegistry>();
        var portal = registry.Find(TenantName.Default)!;
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("127.0.0.1");
        var urlOf = SearchScope.UrlOf(registry, http.Request);
        return Time(rounds, query => search.Search(new SearchRequest(query, "fi"), SearchScope.Tenants(portal, null, registry), urlOf));
    }

    public static LatencySummary RawLucene(IServiceProvider services, IReadOnlyList<Tenant> tenants, int rounds)
    {
        var indexes = services.GetRequiredService<TenantIndexes>();
        var analyzers = services.GetRequiredService<SearchAnalyzers>();
        var queries = BenchQueries.All.ToDictionary(q => q, q => LuceneQueries.Build(VisitorQuery.Parse(q), new SearchRequest(q), analyzers, "fi")!);
        var readers = tenants.Select(t => (IndexReader)DirectoryReader.Open(new PositionalReadDirectory(indexes.Folder(t.Name, "fi")))).ToArray();
        using var all = new MultiReader(readers, closeSubReaders: true);
        var searcher = new IndexSearcher(all);
        return Time(rounds, query =>
        {
            var lucene = queries[query];
            foreach (var hit in lucene.Rescore(searcher, searcher.Search(lucene.Match, lucene.Window(10)), 10).ScoreDocs)
            {
                searcher.Doc(hit.Doc);
            }
        });
    }

    private static LatencySummary Time(int rounds, Action<string> run)
    {
        foreach (var query in BenchQueries.All)
        {
            run(query);
        }
        var millis = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in BenchQueries.All)
            {
                var start = Stopwatch.GetTimestamp();
                run(query);
                millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        return LatencySummary.Of(millis);
    }
}
