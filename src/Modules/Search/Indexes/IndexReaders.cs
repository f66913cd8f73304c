using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// This node's open index readers, one per tenant and culture, at most <see cref="Capacity"/> of them: when more are
/// opened, the least recently used are let go. Searches hold a reference (Lucene's own reference count), so a reader
/// let go closes only when the last search using it releases it; the next search opens it again.
/// </summary>
internal sealed class IndexReaders(int capacity, Func<string, string, string> folderOf) : IDisposable
{
    private readonly ConcurrentDictionary<(string Tenant, string Culture), Slot> open = new();
    private readonly System.Threading.Lock evicting = new();
    private long uses;

    public int Capacity { get; } = Math.Max(1, capacity);

    public int Count => open.Count;

    /// <summary>The tenant's current reader of the culture, to be given back with <see cref="Release"/>; null when it has no readable index.</summary>
    public DirectoryReader? Acquire(string tenant, string culture)
    {
        var key = (tenant, culture);
        while (true)
        {
            if (TryAcquire(key, open.GetOrAdd(key, _ => new Slot()), out var reader))
            {
                if (open.Count > Capacity)
                {
                    EvictLeastRecentlyUsed();
                }
                return reader;
            }
        }
    }

    public static void Release(DirectoryReader reader) => reader.DecRef();

    /// <summary>After a commit: the open reader, if any, moves to the new commit (unchanged segments are shared).</summary>
    public void Refresh(string tenant, string culture)
    {
        if (!open.TryGetValue((tenant, culture), out var slot))
        {
            return;
        }
        lock (slot)
        {
            if (slot.Reader is { } old && DirectoryReader.OpenIfChanged(old) is { } newer)
            {
                slot.Reader = newer;
                old.DecRef();
            }
        }
    }

    /// <summary>Lets the tenant's readers go, for example before its index folder is replaced.</summary>
    public void Close(string tenant, string culture)
    {
        if (open.TryGetValue((tenant, culture), out var slot))
        {
            Close((tenant, culture), slot);
        }
    }

    public void Dispose()
    {
        foreach (var (key, slot) in open)
        {
            Close(key, slot);
        }
    }

    // False when the slot was let go meanwhile: the caller takes a new one.
    private bool TryAcquire((string Tenant, string Culture) key, Slot slot, out DirectoryReader? reader)
    {
        reader = null;
        lock (slot)
        {
            if (slot.Closed)
            {
                return false;
            }
            slot.Reader ??= OpenReader(folderOf(key.Tenant, key.Culture));
            if (slot.Reader is null)
            {
                Close(key, slot);
                return true;
            }
            reader = slot.Reader;
            reader.IncRef();
            Volatile.Write(ref slot.LastUse, Interlocked.Increment(ref uses));
            return true;
        }
    }

    private static DirectoryReader? OpenReader(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }
        // The FSDirectory is not disposed with its readers: it holds no file handle of its own (each open file is
        // the reader's), and a refreshed reader goes on using it.
        var directory = new PositionalReadDirectory(folder);
        try
        {
            return DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            return null;
        }
    }

    private void EvictLeastRecentlyUsed()
    {
        // One thread evicts at a time, down to nine tenths, so the sort is paid once per tenth of the capacity.
        if (!evicting.TryEnter())
        {
            return;
        }
        try
        {
            var excess = open.Count - Capacity * 9 / 10;
            foreach (var (key, slot) in open.OrderBy(e => Volatile.Read(ref e.Value.LastUse)).Take(Math.Max(0, excess)).ToList())
            {
                Close(key, slot);
            }
        }
        finally
        {
            evicting.Exit();
        }
    }

    private void Close((string, string) key, Slot slot)
    {
        lock (slot)
        {
            if (slot.Closed)
            {
                return;
            }
            slot.Closed = true;
            open.TryRemove(KeyValuePair.Create(key, slot));
            slot.Reader?.DecRef();
            slot.Reader = null;
        }
    }

    private sealed class Slot
    {
        public DirectoryReader? Reader;
        public long LastUse;
        public bool Closed;
    }
}
