using Lucene.Net.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Tests.Indexes;

public sealed class TenantIndexTests : IDisposable
{
    private readonly SearchAnalyzers analyzers = new(NullLogger<SearchAnalyzers>.Instance);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "vp-tenant-index-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_committed_build_is_complete()
    {
        using (var index = TenantIndex.Open("t", "fi", folder, analyzers, fresh: true))
        {
            index.Put("a", Page("a"));
            index.Commit(cursor: 7);
        }

        var complete = TenantIndex.IsComplete(folder);

        Assert.True(complete);
    }

    [Fact]
    public void A_rebuild_stopped_before_its_commit_leaves_the_previous_index_as_committed()
    {
        using (var index = TenantIndex.Open("t", "fi", folder, analyzers, fresh: true))
        {
            index.Put("a", Page("a"));
            index.Commit(cursor: 7);
        }
        using (var rebuild = TenantIndex.Open("t", "fi", folder, analyzers, fresh: true))
        {
            rebuild.Put("b", Page("b"));
        }

        using var reopened = TenantIndex.Open("t", "fi", folder, analyzers, fresh: false);
        var searcher = reopened.Acquire();
        var ids = Enumerable.Range(0, searcher.IndexReader.MaxDoc).Select(d => searcher.Doc(d).Get(LuceneFields.Id)).ToList();
        reopened.Release(searcher);

        Assert.True(TenantIndex.IsComplete(folder));
        Assert.Equal(["a"], ids);
        Assert.Equal(7, reopened.Cursor);
    }

    [Fact]
    public void A_first_build_stopped_before_its_commit_leaves_no_complete_index()
    {
        using (var build = TenantIndex.Open("t", "fi", folder, analyzers, fresh: true))
        {
            build.Put("a", Page("a"));
        }

        var complete = TenantIndex.IsComplete(folder);

        Assert.False(complete);
    }

    public void Dispose()
    {
        analyzers.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Document Page(string id) =>
    [
        new StringField(LuceneFields.Id, id, Field.Store.YES),
        new TextField(LuceneFields.Text, "Kylätalon talkoot", Field.Store.NO),
    ];
}
