using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Querying;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Quality;

/// <summary>
/// The same items as the portal's indexes (the same text, from <see cref="SearchDocuments"/>) in a RAMDirectory analysed
/// by Lucene's stock FinnishAnalyzer and SwedishAnalyzer, searched the way the portal searches: every word required, per tenant.
/// </summary>
internal sealed class StockAnalyzerIndex : IDisposable
{
    private const string Id = "id", Tenant = "tenant", Text = "text";

    private readonly RAMDirectory directory = new();
    private readonly Dictionary<string, Analyzer> analyzers = new()
    {
        ["fi"] = new FinnishAnalyzer(SearchAnalyzers.Version),
        ["sv"] = new SwedishAnalyzer(SearchAnalyzers.Version),
    };
    private DirectoryReader? reader;

    public static async Task<StockAnalyzerIndex> BuildAsync(PortalHost host, IEnumerable<string> tenantNames)
    {
        var index = new StockAnalyzerIndex();
        var registry = host.Services.GetRequiredService<TenantRegistry>();
        var documents = host.Services.GetRequiredService<SearchDocuments>();
        // Each culture's text goes to a field of its own, so each is analysed by its own language's analyzer.
        var perField = new PerFieldAnalyzerWrapper(index.analyzers["fi"], index.analyzers.ToDictionary(a => Text + a.Key, a => a.Value));
        using (var writer = new IndexWriter(index.directory, new IndexWriterConfig(SearchAnalyzers.Version, perField)))
        {
            foreach (var tenant in tenantNames.Select(n => registry.Find(n)!))
            {
                var items = await host.InTenantAsync<ContentManager, List<ContentItem>>(tenant, content => Task.FromResult(content.Query().ToList()));
                foreach (var item in items.Where(i => index.analyzers.ContainsKey(i.Culture)))
                {
                    var text = documents.For(tenant, item, type: null).GetField(LuceneFields.Text).GetStringValue();
                    writer.AddDocument(new Document
                    {
                        new StringField(Id, item.ContentItemId, Field.Store.YES),
                        new StringField(Tenant, tenant.Name, Field.Store.NO),
                        new TextField(Text + item.Culture, text, Field.Store.NO),
                    });
                }
            }
        }
        index.reader = DirectoryReader.Open(index.directory);
        return index;
    }

    /// <summary>Whether the pair's item is in the top ten of its tenant for its query.</summary>
    public bool Finds(QualityPair pair, string tenant)
    {
        var field = Text + pair.Culture;
        var words = new QueryBuilder(analyzers[pair.Culture]);
        var query = new BooleanQuery { { new TermQuery(new Term(Tenant, tenant)), Occur.MUST } };
        var required = 0;
        foreach (var word in VisitorQuery.Parse(pair.Query).Words)
        {
            // A stop word analyses to nothing: the portal drops it too.
            if (words.CreateBooleanQuery(field, word, Occur.MUST) is { } clause)
            {
                query.Add(clause, Occur.MUST);
                required++;
            }
        }
        if (required == 0)
        {
            return false;
        }
        var searcher = new IndexSearcher(reader ?? throw new InvalidOperationException("Build the index first."));
        return searcher.Search(query, QualityRun.Top).ScoreDocs.Any(hit => searcher.Doc(hit.Doc).Get(Id) == pair.ContentItemId);
    }

    public void Dispose()
    {
        reader?.Dispose();
        directory.Dispose();
        foreach (var analyzer in analyzers.Values)
        {
            analyzer.Dispose();
        }
    }
}
