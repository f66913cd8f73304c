using System.Diagnostics;
using Npgsql;

namespace Verkostoportaali.Testing;

/// <summary>
/// A throwaway PostgreSQL server for one test run: a cluster made with initdb in a temporary folder and started with
/// pg_ctl, reached only through a Unix socket in that folder (no port, no system service), stopped when the test
/// process exits. PostgreSQL refuses to run as root, so under root (as in CI) it runs as <c>nobody</c>. Each test
/// takes a fresh database of its own from it.
/// </summary>
public sealed class PostgresServer
{
    private const string RunAsWhenRoot = "nobody";
    private static readonly Lazy<Task<PostgresServer>> shared = new(StartAsync);
    private static int databaseCount;

    private readonly string folder;
    private readonly string bin;

    private PostgresServer(string folder, string bin) => (this.folder, this.bin) = (folder, bin);

    /// <summary>The run's server, started on first use.</summary>
    public static Task<PostgresServer> SharedAsync() => shared.Value;

    private string DataFolder => Path.Combine(folder, "data");

    private string SocketFolder => Path.Combine(folder, "socket");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = SocketFolder,
        Username = "postgres",
        Database = database,
    }.ConnectionString;

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string stem = "test")
    {
        var name = $"{stem}_{Environment.ProcessId}_{Interlocked.Increment(ref databaseCount)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>The configuration that puts a portal on <paramref name="connectionString"/>'s database.</summary>
    public static Dictionary<string, string> PortalSettings(string connectionString) => new()
    {
        ["Portal:Database"] = "PostgreSQL",
        ["ConnectionStrings:Postgres"] = connectionString,
    };

    private static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer(Directory.CreateTempSubdirectory("vp-postgres-").FullName, FindBin());
        Directory.CreateDirectory(server.SocketFolder);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", "-R", RunAsWhenRoot, server.folder);
        }
        // C ordering like SQLite's; no syncing to disk: the cluster lives only as long as the test run.
        await server.RunAsPostgresAsync("initdb", "-D", server.DataFolder, "-U", "postgres", "--auth=trust", "--encoding=UTF8",
            "--locale=C", "--no-sync");
        await server.RunAsPostgresAsync("pg_ctl", "-D", server.DataFolder, "-l", Path.Combine(server.folder, "server.log"), "-w",
            "-o", $"-k {server.SocketFolder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        RunAsPostgresAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "stop").GetAwaiter().GetResult();
        Directory.Delete(folder, recursive: true);
    }

    // Debian keeps the server's programs out of PATH, under /usr/lib/postgresql/{version}/bin; the newest wins.
    private static string FindBin()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [];
        return versions.Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var version) ? version : 0)
            .FirstOrDefault() ?? throw new InvalidOperationException("PostgreSQL was not found in /usr/lib/postgresql: test.sh installs it.");
    }

    private Task RunAsPostgresAsync(string program, params string[] arguments) => Environment.IsPrivilegedProcess
        ? RunAsync("runuser", ["-u", RunAsWhenRoot, "--", Path.Combine(bin, program), .. arguments])
        : RunAsync(Path.Combine(bin, program), arguments);

    // Output is not redirected: the server pg_ctl starts would hold the pipes open after pg_ctl itself ends.
    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} ended with {process.ExitCode}.");
        }
    }
}
