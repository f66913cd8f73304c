using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Tests.Querying;

public sealed class FacetCollectorTests
{
    [Fact]
    public void A_value_only_some_documents_of_a_segment_have_is_counted_for_those_only()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, new WhitespaceAnalyzer(SearchAnalyzers.Version))))
        {
            for (var i = 0; i < 5; i++)
            {
                // Three projects with one status; two events without any. The site's name and region are on all five.
                var fields = new SearchDocument().AddText(SearchFieldNames.Title, "kylä");
                if (i < 3)
                {
                    fields.AddKeyword(SearchFieldNames.Status, "kaynnissa");
                }
                var item = new ContentItem { ContentItemId = $"i{i}", VersionId = $"v{i}", ContentType = i < 3 ? "Project" : "Event", Culture = "fi" };
                writer.AddDocument(SearchDocuments.For("mansikka", "paijat-hame", item, fields));
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var facets = new FacetCollector(LuceneFields.Facets);

        new IndexSearcher(reader).Search(new MatchAllDocsQuery(), facets);
        var counts = facets.Counts();

        Assert.Equal([new FacetCount("kaynnissa", 3)], counts[SearchFieldNames.Status]);
        Assert.Equal([new FacetCount("mansikka", 5)], counts[LuceneFields.Tenant]);
        Assert.Equal([new FacetCount("paijat-hame", 5)], counts[SearchFieldNames.Region]);
        Assert.Equal([new FacetCount("Project", 3), new FacetCount("Event", 2)], counts[LuceneFields.ContentType]);
    }
}
