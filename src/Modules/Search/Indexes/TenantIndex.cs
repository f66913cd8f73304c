using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Verkostoportaali.Search.Analysis;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// One tenant's index of one culture, with its writer kept open and near-real-time searchers. Its last commit
/// records the outbox cursor and whether the index is complete, so a rebuild killed half way is redone.
/// </summary>
internal sealed class TenantIndex : IDisposable
{
    private const string CursorKey = "outbox-cursor";
    private const string CompleteKey = "complete";

    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    // A fresh index is being built: until its first commit, closing it must not replace what is on disk.
    private bool building;

    private TenantIndex(string tenant, string culture, FSDirectory directory, IndexWriter writer, bool fresh)
    {
        (Tenant, Culture, this.directory, this.writer, building) = (tenant, culture, directory, writer, fresh);
        if (fresh)
        {
            // A CREATE writer keeps the user data of the commit it replaces, "complete" included: a new build starts without it.
            writer.SetCommitData(new Dictionary<string, string>());
        }
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    public string Tenant { get; }
    public string Culture { get; }

    public long Cursor => writer.CommitData.TryGetValue(CursorKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

    /// <summary>Opens the index, or starts an empty one (<paramref name="fresh"/>) that is not searchable until its first commit.</summary>
    public static TenantIndex Open(string tenant, string culture, string folder, SearchAnalyzers analyzers, bool fresh)
    {
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        try
        {
            var analyzer = new PerFieldAnalyzerWrapper(analyzers.ForIndex(culture),
                new Dictionary<string, Analyzer> { [LuceneFields.Exact] = analyzers.Exact });
            var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzer)
            {
                OpenMode = fresh ? OpenMode.CREATE : OpenMode.APPEND,
                RAMBufferSizeMB = 32,
            };
            return new TenantIndex(tenant, culture, directory, new IndexWriter(directory, config), fresh);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Whether the folder holds an index whose build was finished.</summary>
    public static bool IsComplete(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return false;
        }
        using var directory = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(directory))
        {
            return false;
        }
        var commit = DirectoryReader.ListCommits(directory)[^1];
        return commit.UserData.ContainsKey(CompleteKey);
    }

    public void Put(string contentItemId, Document document) => writer.UpdateDocument(new Term(LuceneFields.Id, contentItemId), document);

    public void Remove(string contentItemId) => writer.DeleteDocuments(new Term(LuceneFields.Id, contentItemId));

    /// <summary>Commits what was put and removed up to outbox row <paramref name="cursor"/>, and makes it searchable.</summary>
    public void Commit(long cursor)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
            [CompleteKey] = "true",
        });
        writer.Commit();
        building = false;
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>Makes changes searchable without a commit (near-real-time).</summary>
    public void Refresh() => searchers.MaybeRefresh();

    public IndexSearcher Acquire() => searchers.Acquire();

    public void Release(IndexSearcher searcher) => searchers.Release(searcher);

    public void Dispose()
    {
        searchers.Dispose();
        if (building)
        {
            // A rebuild cut short (the host stopping) is dropped: the previous index, if any, stays as it was committed,
            // and its cursor lets the catch-up bring it up to date. Without one, the next start rebuilds.
            writer.Rollback();
        }
        else
        {
            writer.Dispose(waitForMerges: false);
        }
        directory.Dispose();
    }
}
