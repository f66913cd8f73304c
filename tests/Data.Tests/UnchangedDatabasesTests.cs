using Microsoft.Data.Sqlite;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Data.Tests;

/// <summary>
/// A sweep over every tenant passes over a database nothing has written since its last visit, and over no other: the
/// databases are real SQLite files in WAL mode, written and read through connections of their own, as a tenant's are.
/// </summary>
[Collection(SqlitePoolsTests.RunsAlone)]
public sealed class UnchangedDatabasesTests : IDisposable
{
    private static readonly TimeSpan LongestSkip = TimeSpan.FromHours(1);

    private readonly string folder = Directory.CreateTempSubdirectory("verkostoportaali-unchanged-").FullName;
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
    private readonly PortalDatabase sqlite = new(null, null);
    private int visits;

    [Fact]
    public async Task A_database_read_but_not_written_since_its_visit_is_passed_over()
    {
        var file = await DatabaseAsync("a");
        var sweep = new UnchangedDatabases(sqlite, clock, LongestSkip);
        // Visited while a pooled connection has it open after a read, which made an empty WAL; closing the last
        // connection removes the WAL. Neither is a write.
        await using (var pooled = await OpenAsync(file))
        {
            await ReadAsync(pooled);
            Assert.True(File.Exists(file + "-wal"));
            await sweep.VisitAsync("a", file, VisitAsync);
        }
        Assert.False(File.Exists(file + "-wal"));
        await using (var page = await OpenAsync(file))
        {
            await ReadAsync(page);
        }

        var again = await sweep.VisitAsync("a", file, VisitAsync);

        Assert.False(again);
        Assert.Equal(1, visits);
    }

    [Fact]
    public async Task A_database_written_since_its_visit_is_visited_again_and_then_passed_over()
    {
        var file = await DatabaseAsync("a");
        var sweep = new UnchangedDatabases(sqlite, clock, LongestSkip);
        await sweep.VisitAsync("a", file, VisitAsync);
        await WriteAsync(file, "toinen rivi");

        var afterWrite = await sweep.VisitAsync("a", file, VisitAsync);
        var afterVisit = await sweep.VisitAsync("a", file, VisitAsync);

        Assert.True(afterWrite);
        Assert.False(afterVisit);
    }

    [Fact]
    public async Task A_write_during_the_visit_is_seen_at_the_next_pass()
    {
        var file = await DatabaseAsync("a");
        var sweep = new UnchangedDatabases(sqlite, clock, LongestSkip);
        await sweep.VisitAsync("a", file, async () =>
        {
            await WriteAsync(file, "kesken käynnin");
            return true;
        });

        Assert.True(await sweep.VisitAsync("a", file, VisitAsync));
    }

    [Fact]
    public async Task A_failed_visit_and_the_longest_skip_make_the_next_pass_visit()
    {
        var file = await DatabaseAsync("a");
        var sweep = new UnchangedDatabases(sqlite, clock, LongestSkip);
        await sweep.VisitAsync("a", file, () => Task.FromResult(false));
        var afterFailure = await sweep.VisitAsync("a", file, VisitAsync);
        clock.Now += LongestSkip - TimeSpan.FromSeconds(1);
        var withinSkip = await sweep.VisitAsync("a", file, VisitAsync);
        clock.Now += TimeSpan.FromSeconds(1);

        var afterSkip = await sweep.VisitAsync("a", file, VisitAsync);

        Assert.True(afterFailure);
        Assert.False(withinSkip);
        Assert.True(afterSkip);
    }

    [Fact]
    public async Task Each_tenant_is_judged_by_its_own_database()
    {
        var (a, b) = (await DatabaseAsync("a"), await DatabaseAsync("b"));
        var sweep = new UnchangedDatabases(sqlite, clock, LongestSkip);
        await sweep.VisitAsync("a", a, VisitAsync);
        await sweep.VisitAsync("b", b, VisitAsync);
        await WriteAsync(b, "vain b");

        Assert.False(await sweep.VisitAsync("a", a, VisitAsync));
        Assert.True(await sweep.VisitAsync("b", b, VisitAsync));
    }

    [Fact]
    public async Task On_postgresql_every_visit_is_made()
    {
        var file = await DatabaseAsync("a");
        // No connection is opened: the data source is only made.
        await using var postgres = new PortalDatabase("PostgreSQL", "Host=127.0.0.1;Database=ei-kayteta");
        var sweep = new UnchangedDatabases(postgres, clock, LongestSkip);
        await sweep.VisitAsync("a", file, VisitAsync);

        Assert.True(await sweep.VisitAsync("a", file, VisitAsync));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Task<bool> VisitAsync()
    {
        visits++;
        return Task.FromResult(true);
    }

    private async Task<string> DatabaseAsync(string name)
    {
        var file = Path.Combine(folder, name + ".db");
        await using var connection = await OpenAsync(file);
        await using var create = connection.CreateCommand();
        create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Rows (Text TEXT NOT NULL); INSERT INTO Rows VALUES ('ensimmäinen');";
        await create.ExecuteNonQueryAsync();
        return file;
    }

    // Closing the last connection moves the write into the file and removes the WAL, and the file's time may not move
    // within a clock tick: the row takes new pages, so the file grows, as a sweep's database does when it is written.
    private static async Task WriteAsync(string file, string text)
    {
        await using var connection = await OpenAsync(file);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Rows VALUES ($text)";
        insert.Parameters.AddWithValue("$text", text + new string('.', 3 * 4096));
        await insert.ExecuteNonQueryAsync();
    }

    private static async Task ReadAsync(SqliteConnection connection)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Rows";
        Assert.True(Convert.ToInt64(await count.ExecuteScalarAsync()) > 0);
    }

    private static async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(SqlitePools.ConnectionString(file, pooled: false));
        await connection.OpenAsync();
        return connection;
    }
}
