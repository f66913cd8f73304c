using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Tests.Indexes;

public sealed class TenantIndexWriterTests : IDisposable
{
    private readonly SearchAnalyzers analyzers = new(NullLogger<SearchAnalyzers>.Instance);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "vp-tenant-index-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_committed_build_is_complete_with_its_cursor()
    {
        using (var writer = TenantIndexWriter.Open("fi", folder, analyzers, fresh: true))
        {
            writer.Put("a", Page("a"));
            writer.Commit(cursor: 7);
        }

        var committed = TenantIndexWriter.Committed(folder);

        Assert.Equal(new CommitState(Complete: true, Cursor: 7), committed);
    }

    [Fact]
    public void A_rebuild_stopped_before_its_commit_leaves_the_previous_index_as_committed()
    {
        using (var writer = TenantIndexWriter.Open("fi", folder, analyzers, fresh: true))
        {
            writer.Put("a", Page("a"));
            writer.Commit(cursor: 7);
        }
        using (var rebuild = TenantIndexWriter.Open("fi", folder, analyzers, fresh: true))
        {
            rebuild.Put("b", Page("b"));
        }

        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var ids = Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get(LuceneFields.Id)).ToList();

        Assert.Equal(["a"], ids);
        Assert.Equal(new CommitState(Complete: true, Cursor: 7), TenantIndexWriter.Committed(folder));
    }

    [Fact]
    public void A_first_build_stopped_before_its_commit_leaves_no_complete_index()
    {
        using (var build = TenantIndexWriter.Open("fi", folder, analyzers, fresh: true))
        {
            build.Put("a", Page("a"));
        }

        var committed = TenantIndexWriter.Committed(folder);

        Assert.True(committed is null or { Complete: false });
    }

    [Fact]
    public void A_folder_without_an_index_has_no_commit()
    {
        System.IO.Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "segments_1"), "not an index");

        var committed = TenantIndexWriter.Committed(folder);

        Assert.Null(committed);
    }

    public void Dispose()
    {
        analyzers.Dispose();
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    internal static Document Page(string id) =>
    [
        new StringField(LuceneFields.Id, id, Field.Store.YES),
        new TextField(LuceneFields.Text, "Kylätalon talkoot", Field.Store.NO),
    ];
}
