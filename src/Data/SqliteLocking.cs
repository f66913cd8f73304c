using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verkostoportaali.Data;

/// <summary>
/// Every SQLite connection waits for a lock instead of failing: Microsoft.Data.Sqlite retries a busy statement but
/// not the commit an INSERT … RETURNING makes when it is reset, so without SQLite's own busy timeout one reader
/// elsewhere made a save fail with "database is locked". WAL lets readers go on while one writer commits.
/// The pragmas hold for the native connection, so a pooled one, opened again for each query, runs them only once.
/// It also runs <c>PRAGMA optimize</c> then and every hour, as SQLite advises for long-lived connections: without the
/// statistics it keeps, the planner may read a join from the wrong side (an event month scanned every published item).
/// </summary>
public sealed class SqliteLocking : DbConnectionInterceptor
{
    public static readonly SqliteLocking Instance = new();
    public const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL;";

    private const string Optimize = "PRAGMA optimize=0x10002;";
    private static readonly TimeSpan OptimizeEvery = TimeSpan.FromHours(1);
    private static readonly ConditionalWeakTable<object, StrongBox<long>> Prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas + Optimize;
            command.ExecuteNonQuery();
            Prepare(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas + Optimize;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Prepare(connection);
        }
    }

    // By native handle: a handle is reused only by the pool, after the pragmas ran on it.
    private static bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Prepared.TryGetValue(handle, out var at)
        || Stopwatch.GetElapsedTime(at.Value) > OptimizeEvery;

    private static void Prepare(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Prepared.AddOrUpdate(handle, new StrongBox<long>(Stopwatch.GetTimestamp()));
        }
    }
}
