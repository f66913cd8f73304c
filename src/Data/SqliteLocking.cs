using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verkostoportaali.Data;

/// <summary>
/// Every SQLite connection waits for a lock instead of failing: Microsoft.Data.Sqlite retries a busy statement but
/// not the commit an INSERT … RETURNING makes when it is reset, so without SQLite's own busy timeout one reader
/// elsewhere made a save fail with "database is locked". WAL lets readers go on while one writer commits.
/// </summary>
public sealed class SqliteLocking : DbConnectionInterceptor
{
    public static readonly SqliteLocking Instance = new();
    public const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
