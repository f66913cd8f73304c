using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Verkostoportaali.Data;

/// <summary>
/// Tenant databases' pooled SQLite connections: a request reuses an open connection instead of opening the file again
/// (about 1 ms each time, for each query). A pooled connection holds three files (the database, its <c>-wal</c> and
/// <c>-shm</c>) and a few hundred KiB of page cache, so a database's pool is cleared once it has been idle for
/// <see cref="IdleAfter"/>, and the least recently used are cleared whenever more than <c>maxPooled</c> databases
/// have one: thousands of tenants stay within the open-file limit (bench/README.md, "Tenants").
/// </summary>
public sealed class SqlitePools : IDisposable
{
    public static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, LastUse> lastUse = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly int maxPooled;
    private readonly ITimer timer;
    private int sweeping;

    public SqlitePools(TimeProvider clock, int maxPooled = 1000)
    {
        (this.clock, this.maxPooled) = (clock, maxPooled);
        timer = clock.CreateTimer(_ => Sweep(), null, SweepEvery, SweepEvery);
    }

    /// <summary>Databases whose connections are pooled now.</summary>
    public int Count => lastUse.Count;

    /// <summary>The pooled connection string of <paramref name="file"/>, <paramref name="tenant"/>'s database, for a context about to use it.</summary>
    public string Use(string file, string tenant)
    {
        // Built once while the pool lives: a connection string builder costs more than the rest of a lease.
        var connectionString = lastUse.TryGetValue(file, out var used) ? used.ConnectionString : ConnectionString(file, pooled: true);
        lastUse[file] = new LastUse(tenant, connectionString, clock.GetUtcNow());
        if (lastUse.Count > maxPooled)
        {
            Sweep();
        }
        return connectionString;
    }

    /// <summary>Closes the tenant's pooled connections now, as its files are deleted; one in use closes when it is returned.</summary>
    public void Clear(string tenant)
    {
        foreach (var use in lastUse.Where(u => u.Value.Tenant == tenant))
        {
            lastUse.TryRemove(use.Key, out _);
            ClearPool(use.Value.ConnectionString);
        }
    }

    public static string ConnectionString(string file, bool pooled) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = pooled }.ToString();

    /// <summary>Clears the pools idle for <see cref="IdleAfter"/>, then the least recently used beyond the bound.</summary>
    public void Sweep()
    {
        if (Interlocked.Exchange(ref sweeping, 1) == 1)
        {
            return;
        }
        try
        {
            var uses = lastUse.ToArray();
            var now = clock.GetUtcNow();
            var idle = uses.Where(u => now - u.Value.At >= IdleAfter);
            // Down to three quarters of the bound, so that a burst of new tenants does not make a sweep per request.
            var excess = uses.Length - maxPooled * 3 / 4;
            var oldest = uses.Length > maxPooled ? uses.OrderBy(u => u.Value.At).Take(excess) : [];
            foreach (var use in idle.Union(oldest))
            {
                // Only if not used since it was read: a request that has just taken the pool keeps it.
                if (lastUse.TryRemove(use))
                {
                    ClearPool(use.Value.ConnectionString);
                }
            }
        }
        finally
        {
            Volatile.Write(ref sweeping, 0);
        }
    }

    private static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Stops sweeping and closes every pool this instance opened, and no other in the process.</summary>
    public void Dispose()
    {
        timer.Dispose();
        foreach (var use in lastUse)
        {
            lastUse.TryRemove(use.Key, out _);
            ClearPool(use.Value.ConnectionString);
        }
    }

    private readonly record struct LastUse(string Tenant, string ConnectionString, DateTimeOffset At);
}
