namespace Verkostoportaali.Bench.Tenants;

/// <summary>
/// Memory of the in-process server at one moment: the managed heap's live bytes after a full blocking
/// collection, the working set (resident bytes: managed heap as committed, native SQLite memory, code),
/// and the open file descriptors (a pooled SQLite connection in WAL mode holds three).
/// </summary>
public sealed record MemorySnapshot(long ManagedHeapBytes, long WorkingSetBytes, int OpenFiles)
{
    public static MemorySnapshot OfThisProcess()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        return new MemorySnapshot(heap, Environment.WorkingSet, Directory.GetFiles("/proc/self/fd").Length);
    }

    /// <summary>Bytes each of <paramref name="count"/> tenants added between <paramref name="before"/> and this snapshot.</summary>
    public MemorySnapshot PerTenantSince(MemorySnapshot before, int count) => new(
        (ManagedHeapBytes - before.ManagedHeapBytes) / count,
        (WorkingSetBytes - before.WorkingSetBytes) / count,
        (OpenFiles - before.OpenFiles) / count);
}
