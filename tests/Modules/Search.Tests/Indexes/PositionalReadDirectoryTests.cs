using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Tests.Indexes;

public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "vp-positional-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_index_written_and_read_through_it_finds_every_document(bool compoundFiles)
    {
        System.IO.Directory.CreateDirectory(folder);
        using var directory = new PositionalReadDirectory(folder);
        var config = new IndexWriterConfig(SearchAnalyzers.Version, new WhitespaceAnalyzer(SearchAnalyzers.Version)) { UseCompoundFile = compoundFiles };
        config.MergePolicy.NoCFSRatio = compoundFiles ? 1.0 : 0.0;
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 3000; i++)
            {
                writer.AddDocument([new StringField("id", $"d{i}", Field.Store.YES), new TextField("text", i % 3 == 0 ? "kylä talo" : "talo", Field.Store.NO)]);
                if (i % 1000 == 999)
                {
                    writer.Commit();
                }
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        Assert.Equal(compoundFiles, directory.ListAll().Any(f => f.EndsWith(".cfs", StringComparison.Ordinal)));
        Assert.Equal(1000, searcher.Search(new TermQuery(new Term("text", "kylä")), 1).TotalHits);
        Assert.Equal("d2999", searcher.Doc(searcher.Search(new TermQuery(new Term("id", "d2999")), 1).ScoreDocs[0].Doc).Get("id"));
    }

    [Fact]
    public void A_clone_reads_from_its_own_position_and_reading_past_the_end_fails()
    {
        System.IO.Directory.CreateDirectory(folder);
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i % 251)).ToArray();
        File.WriteAllBytes(Path.Combine(folder, "data"), bytes);
        using var directory = new PositionalReadDirectory(folder);
        using var input = directory.OpenInput("data", IOContext.DEFAULT);

        input.Seek(4000);
        var clone = (IndexInput)input.Clone();
        clone.Seek(10);
        var fromClone = new byte[2000];
        clone.ReadBytes(fromClone, 0, fromClone.Length);
        var fromInput = input.ReadByte();

        Assert.Equal(bytes[10..2010], fromClone);
        Assert.Equal(bytes[4000], fromInput);
        Assert.Equal(5000, clone.Length);
        input.Seek(4990);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[20], 0, 20));
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
