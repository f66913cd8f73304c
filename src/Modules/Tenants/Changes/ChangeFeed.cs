using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Tenants.Changes;

/// <summary>
/// Tells the other processes on this data folder (the server, an ops command) which tenants this one changed, and
/// hears what they changed, through a small SQLite database of its own, <c>{DataPath}/changes.db</c>. Each process
/// writes its changes within <see cref="FlushDelay"/> (a command when it ends) and reads the others' every
/// <see cref="PollInterval"/>, so a server serves an import, a reindex or a command's queued mail within about a
/// second, without Redis. Written by hand: no reachable library carries change signals over a shared SQLite file.
/// </summary>
public sealed class ChangeFeed : BackgroundService, IAsyncDisposable
{
    private const int TicksPerRead = 2;
    // Long enough for any process that polls to have read a change; the rows are signals, not a history.
    private const int TicksKept = 2400;

    public static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan PollInterval = FlushDelay * TicksPerRead;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS "Changes" (
            "Id" INTEGER PRIMARY KEY AUTOINCREMENT, "Tenant" TEXT NOT NULL, "Process" TEXT NOT NULL, "AtUtc" INTEGER NOT NULL);
        """;

    private readonly string connectionString;
    private readonly string process = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);
    private readonly TenantChanges changes;
    private readonly TimeProvider clock;
    private readonly ILogger<ChangeFeed> logger;
    private readonly SemaphoreSlim flushing = new(1, 1);
    private long lastRead;
    // The table is made by the first open of this process; later opens (two a second) only set the connection's pragmas.
    private volatile bool schemaMade;

    public ChangeFeed(TenantDataPaths paths, TenantChanges changes, TimeProvider clock, ILogger<ChangeFeed> logger)
    {
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(paths.Root, "changes.db"), Pooling = false }.ToString();
        (this.changes, this.clock, this.logger) = (changes, clock, logger);
        changes.ChangedHere += Record;
    }

    /// <summary>Writes the changes made here since the last flush, in one transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            var tenants = pending.Keys.Where(t => pending.TryRemove(t, out _)).ToList();
            if (tenants.Count == 0)
            {
                return;
            }
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var tenant in tenants)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = """INSERT INTO "Changes" ("Tenant", "Process", "AtUtc") VALUES ($tenant, $process, $at)""";
                insert.Parameters.AddWithValue("$tenant", tenant);
                insert.Parameters.AddWithValue("$process", process);
                insert.Parameters.AddWithValue("$at", now);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            flushing.Release();
        }
    }

    /// <summary>Raises the changes other processes wrote since the last read; returns the tenants.</summary>
    public async Task<IReadOnlyList<string>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var read = connection.CreateCommand();
        read.CommandText = """SELECT "Id", "Tenant" FROM "Changes" WHERE "Id" > $last AND "Process" <> $process ORDER BY "Id" """;
        read.Parameters.AddWithValue("$last", lastRead);
        read.Parameters.AddWithValue("$process", process);
        var tenants = new List<string>();
        await using (var rows = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                lastRead = rows.GetInt64(0);
                tenants.Add(rows.GetString(1));
            }
        }
        tenants = [.. tenants.Distinct(StringComparer.Ordinal)];
        foreach (var tenant in tenants)
        {
            changes.TenantChangedElsewhere(tenant);
        }
        return tenants;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Only what others change from now on: earlier changes are in the databases this process opens anyway.
        await using (var connection = await OpenAsync(stoppingToken))
        await using (var last = connection.CreateCommand())
        {
            last.CommandText = """SELECT COALESCE(MAX("Id"), 0) FROM "Changes" """;
            lastRead = (long)(await last.ExecuteScalarAsync(stoppingToken))!;
        }
        using var timer = new PeriodicTimer(FlushDelay, clock);
        var ticks = 0L;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(stoppingToken);
                if (++ticks % TicksPerRead == 0)
                {
                    await ReadAsync(stoppingToken);
                }
                if (ticks % TicksKept == 0)
                {
                    await PruneAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The changes stay pending and the cursor where it was: the next tick tries again.
                logger.LogError(e, "The change feed could not be written or read.");
            }
        }
    }

    /// <summary>Flushes what is left, so an ops command's last changes reach the server after the command ends.</summary>
    public async ValueTask DisposeAsync()
    {
        changes.ChangedHere -= Record;
        await FlushAsync(CancellationToken.None);
        Dispose();
    }

    private void Record(string tenant) => pending.TryAdd(tenant, 0);

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var prune = connection.CreateCommand();
        prune.CommandText = """DELETE FROM "Changes" WHERE "AtUtc" < $before""";
        prune.Parameters.AddWithValue("$before", (clock.GetUtcNow() - FlushDelay * TicksKept).ToUnixTimeMilliseconds());
        await prune.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var setup = connection.CreateCommand();
        setup.CommandText = schemaMade ? SqliteLocking.Pragmas : SqliteLocking.Pragmas + Schema;
        await setup.ExecuteNonQueryAsync(cancellationToken);
        schemaMade = true;
        return connection;
    }
}
