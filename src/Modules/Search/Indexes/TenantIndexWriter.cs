using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Verkostoportaali.Search.Analysis;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// One tenant's index of one culture, open for writing while a catch-up or rebuild runs. Each commit records the
/// outbox cursor and whether the index is complete, so a rebuild killed half way is redone.
/// </summary>
internal sealed class TenantIndexWriter : IDisposable
{
    private const string CursorKey = "outbox-cursor";
    private const string CompleteKey = "complete";
    private const string LayoutKey = "layout";
    // Grows when the documents gain fields: an index written by an older layout counts as unfinished and is rebuilt.
    // 2: the listing fields (published, modified, summary, date order, stored values) that feeds and calendars read.
    private const string Layout = "2";

    private readonly FSDirectory directory;
    private readonly IndexWriter writer;
    // A fresh index is being built: until its first commit, closing it must not replace what is on disk.
    private bool building;

    private TenantIndexWriter(string culture, FSDirectory directory, IndexWriter writer, bool fresh)
    {
        (Culture, this.directory, this.writer, building) = (culture, directory, writer, fresh);
        if (fresh)
        {
            // A CREATE writer keeps the user data of the commit it replaces, "complete" included: a new build starts without it.
            writer.SetCommitData(new Dictionary<string, string>());
        }
    }

    public string Culture { get; }

    public long Cursor => CursorOf(writer.CommitData);

    /// <summary>Opens the index, or starts an empty one (<paramref name="fresh"/>) that replaces it at its first commit.</summary>
    public static TenantIndexWriter Open(string culture, string folder, SearchAnalyzers analyzers, bool fresh)
    {
        System.IO.Directory.CreateDirectory(folder);
        var directory = new PositionalReadDirectory(folder);
        try
        {
            var analyzer = new PerFieldAnalyzerWrapper(analyzers.ForIndex(culture),
                new Dictionary<string, Analyzer> { [LuceneFields.Exact] = analyzers.Exact });
            var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzer)
            {
                OpenMode = fresh ? OpenMode.CREATE : OpenMode.APPEND,
                RAMBufferSizeMB = 32,
            };
            return new TenantIndexWriter(culture, directory, new IndexWriter(directory, config), fresh);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>What the folder's last commit says: null when there is no index or it cannot be read.</summary>
    public static CommitState? Committed(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }
        try
        {
            using var directory = new PositionalReadDirectory(folder);
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }
            var data = DirectoryReader.ListCommits(directory)[^1].UserData;
            return new CommitState(data.ContainsKey(CompleteKey) && data.TryGetValue(LayoutKey, out var layout) && layout == Layout, CursorOf(data));
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            return null;
        }
    }

    public void Put(string contentItemId, Document document) => writer.UpdateDocument(new Term(LuceneFields.Id, contentItemId), document);

    public void Remove(string contentItemId) => writer.DeleteDocuments(new Term(LuceneFields.Id, contentItemId));

    /// <summary>Commits what was put and removed up to outbox row <paramref name="cursor"/>; readers see it once refreshed.</summary>
    public void Commit(long cursor)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
            [CompleteKey] = "true",
            [LayoutKey] = Layout,
        });
        writer.Commit();
        building = false;
    }

    public void Dispose()
    {
        if (building)
        {
            // A rebuild cut short (the host stopping) is dropped: the previous index, if any, stays as it was committed,
            // and its cursor lets the catch-up bring it up to date. Without one, the next start rebuilds.
            writer.Rollback();
        }
        else
        {
            // Waits for merges: a writer lives for one catch-up, and merges it aborted would leave its segments unmerged.
            writer.Dispose(waitForMerges: true);
        }
        directory.Dispose();
    }

    private static long CursorOf(IDictionary<string, string> data) =>
        data.TryGetValue(CursorKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
}

/// <summary>An index's last commit: whether its build finished, and the last outbox row it applied.</summary>
internal sealed record CommitState(bool Complete, long Cursor);
