using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Indexes;

namespace Verkostoportaali.Search.Tests.Indexes;

public sealed class IndexReadersTests : IDisposable
{
    private readonly SearchAnalyzers analyzers = new(NullLogger<SearchAnalyzers>.Instance);
    private readonly string root = Path.Combine(Path.GetTempPath(), "vp-readers-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Past_the_capacity_the_least_recently_used_readers_are_closed()
    {
        Build("a", "b", "c", "d");
        using var readers = new IndexReaders(capacity: 3, Folder);
        var used = new Dictionary<string, Lucene.Net.Index.DirectoryReader>();
        foreach (var tenant in new[] { "a", "b", "c", "a" })
        {
            used[tenant] = readers.Acquire(tenant, "fi")!;
            IndexReaders.Release(used[tenant]);
        }

        IndexReaders.Release(readers.Acquire("d", "fi")!);

        Assert.True(readers.Count <= 3);
        Assert.Equal(0, used["b"].RefCount);
        Assert.Equal(1, used["a"].RefCount);
    }

    [Fact]
    public void A_reader_let_go_while_a_search_holds_it_closes_only_when_the_search_gives_it_back()
    {
        Build("a", "b");
        using var readers = new IndexReaders(capacity: 1, Folder);
        var held = readers.Acquire("a", "fi")!;

        IndexReaders.Release(readers.Acquire("b", "fi")!);
        var docsWhileHeld = held.NumDocs;
        IndexReaders.Release(held);

        Assert.Equal(1, docsWhileHeld);
        Assert.Equal(0, held.RefCount);
    }

    [Fact]
    public void A_reader_let_go_is_reopened_on_demand_at_the_latest_commit()
    {
        Build("a", "b");
        using var readers = new IndexReaders(capacity: 1, Folder);
        IndexReaders.Release(readers.Acquire("a", "fi")!);
        IndexReaders.Release(readers.Acquire("b", "fi")!);
        Put("a", "a2");

        var reopened = readers.Acquire("a", "fi")!;
        var docs = reopened.NumDocs;
        IndexReaders.Release(reopened);

        Assert.Equal(2, docs);
    }

    [Fact]
    public void A_refreshed_reader_sees_the_new_commit()
    {
        Build("a");
        using var readers = new IndexReaders(capacity: 10, Folder);
        IndexReaders.Release(readers.Acquire("a", "fi")!);
        Put("a", "a2");

        readers.Refresh("a", "fi");
        var refreshed = readers.Acquire("a", "fi")!;
        var docs = refreshed.NumDocs;
        IndexReaders.Release(refreshed);

        Assert.Equal(2, docs);
    }

    [Fact]
    public void A_tenant_without_an_index_has_no_reader()
    {
        using var readers = new IndexReaders(capacity: 10, Folder);

        var reader = readers.Acquire("missing", "fi");

        Assert.Null(reader);
        Assert.Equal(0, readers.Count);
    }

    [Fact]
    public void Only_the_readers_kept_open_hold_index_files_open_or_mapped()
    {
        var tenants = Enumerable.Range(0, 12).Select(i => $"t{i}").ToArray();
        Build(tenants);
        using var readers = new IndexReaders(capacity: 3, Folder);
        IndexReaders.Release(readers.Acquire(tenants[0], "fi")!);
        var filesOfOne = OpenFilesUnderRoot();

        foreach (var tenant in tenants)
        {
            IndexReaders.Release(readers.Acquire(tenant, "fi")!);
        }

        Assert.InRange(filesOfOne, 1, 10);
        Assert.InRange(OpenFilesUnderRoot(), 1, 3 * filesOfOne);
    }

    public void Dispose()
    {
        analyzers.Dispose();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private string Folder(string tenant, string culture) => Path.Combine(root, tenant, culture);

    private void Build(params string[] tenants)
    {
        foreach (var tenant in tenants)
        {
            Put(tenant, tenant);
        }
    }

    private void Put(string tenant, string id)
    {
        using var writer = TenantIndexWriter.Open("fi", Folder(tenant, "fi"), analyzers, fresh: !Directory.Exists(Folder(tenant, "fi")));
        writer.Put(id, TenantIndexWriterTests.Page(id));
        writer.Commit(cursor: 1);
    }

    // Lucene maps index files into memory (and closes them), so mappings count as well as open descriptors.
    private int OpenFilesUnderRoot() =>
        new DirectoryInfo("/proc/self/fd").GetFileSystemInfos().Count(fd => fd.LinkTarget is { } target && target.StartsWith(root, StringComparison.Ordinal))
        + File.ReadLines("/proc/self/maps").Count(line => line.Contains(root, StringComparison.Ordinal));
}
