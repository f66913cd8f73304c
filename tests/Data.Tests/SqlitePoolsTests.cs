using Microsoft.Data.Sqlite;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Data.Tests;

/// <summary>
/// Tenant databases' pooled connections stay open between uses, and are closed when idle, beyond the bound, removed or
/// disposed. The tests count the process's open descriptors, and Microsoft.Data.Sqlite's pools belong to the process:
/// a test portal deleting its folder clears every pool (<see cref="DataFolders"/>) and would close these tests' own
/// connections mid-test, so they run alone.
/// </summary>
[Collection(RunsAlone)]
public sealed class SqlitePoolsTests : IDisposable
{
    public const string RunsAlone = "Sqlite pools, alone";

    private readonly string folder = Directory.CreateTempSubdirectory("verkostoportaali-pools-").FullName;
    private readonly FakeClock clock = new(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_database_stays_open_between_uses_and_is_closed_once_idle()
    {
        using var pools = new SqlitePools(clock);
        var file = File("a");
        await UseAsync(pools, file, "a");
        await UseAsync(pools, file, "a");
        Assert.Equal(1, OpenCount(file));

        clock.Now += SqlitePools.IdleAfter - TimeSpan.FromSeconds(1);
        pools.Sweep();
        Assert.Equal(1, OpenCount(file));

        clock.Now += TimeSpan.FromSeconds(1);
        pools.Sweep();
        Assert.Equal(0, OpenCount(file));
        Assert.Equal(0, pools.Count);
    }

    [Fact]
    public async Task Beyond_the_bound_the_least_recently_used_databases_are_closed()
    {
        using var pools = new SqlitePools(clock, maxPooled: 4);
        var files = Enumerable.Range(0, 5).Select(i => File($"t{i}")).ToList();
        foreach (var (file, i) in files.Select((f, i) => (f, i)))
        {
            clock.Now += TimeSpan.FromSeconds(1);
            await UseAsync(pools, file, $"t{i}");
        }

        // Down to three of the four, the oldest first.
        Assert.Equal([0, 0, 1, 1, 1], files.Select(OpenCount));
        Assert.Equal(3, pools.Count);
    }

    [Fact]
    public async Task Clearing_a_tenant_closes_its_database_at_once_and_no_other()
    {
        using var pools = new SqlitePools(clock);
        var (removed, kept) = (File("removed"), File("kept"));
        await UseAsync(pools, removed, "removed");
        await UseAsync(pools, kept, "kept");

        pools.Clear("removed");

        Assert.Equal(0, OpenCount(removed));
        Assert.Equal(1, OpenCount(kept));
    }

    [Fact]
    public async Task Disposing_closes_its_own_databases_and_not_another_instances()
    {
        var (disposed, kept) = (File("disposed"), File("kept"));
        using var other = new SqlitePools(clock);
        await UseAsync(other, kept, "kept");
        var pools = new SqlitePools(clock);
        await UseAsync(pools, disposed, "disposed");

        pools.Dispose();

        Assert.Equal(0, OpenCount(disposed));
        Assert.Equal(1, OpenCount(kept));
    }

    private string File(string name) => Path.Combine(folder, name + ".db");

    private static async Task UseAsync(SqlitePools pools, string file, string tenant)
    {
        await using var connection = new SqliteConnection(pools.Use(file, tenant));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE IF NOT EXISTS Things (Id INTEGER PRIMARY KEY)";
        await command.ExecuteNonQueryAsync();
    }

    // The process's open file descriptors on the database file itself.
    private static int OpenCount(string file) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd => SafeTarget(fd) == file);

    private static string? SafeTarget(FileSystemInfo fd)
    {
        try
        {
            return fd.LinkTarget;
        }
        catch (IOException)
        {
            // A descriptor closed while the folder was read.
            return null;
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

[CollectionDefinition(SqlitePoolsTests.RunsAlone, DisableParallelization = true)]
public sealed class SqlitePoolsCollection;
