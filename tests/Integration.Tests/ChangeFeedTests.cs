using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verkostoportaali.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// A running server and ops commands in processes of their own on one data folder: what a command changes is
/// served within about a second (the change feed), not at the server's next sweep minutes later.
/// </summary>
public sealed class ChangeFeedTests : IAsyncLifetime
{
    // The feed's own delay is at most a flush and a poll (0.75 s); the rest is slack for a busy test machine.
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(5);

    private readonly string data = Path.Combine(Path.GetTempPath(), "vp-feed-" + Guid.NewGuid().ToString("N"));
    private PortalHost server = null!;

    public Task InitializeAsync()
    {
        server = PortalHost.OnDataFolder(data, "portal");
        _ = server.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        DataFolders.Delete(data);
    }

    [Fact]
    public async Task A_project_imported_by_a_command_is_listed_and_found_by_the_running_server_within_seconds()
    {
        var created = await OpsProcess.RunAsync(data, "tenants", "create", "--name", "kylat", "--display-name", "Kylät", "--recipe", "municipality",
            "--admin-user", "admin", "--admin-email", "admin@example.fi", "--admin-password", PortalHost.AdminPassword);
        var visitor = server.CreateClient();
        Assert.Equal(0, created.ExitCode);
        Assert.Equal(HttpStatusCode.OK, (await Eventually.TimedAsync(() => StatusAsync(visitor, "/kylat/hankkeet"), s => s == HttpStatusCode.OK, Promptly)).Value);
        var before = await visitor.GetStringAsync("/kylat/hankkeet");
        var foundBefore = await TotalAsync(visitor, "/kylat/api/search?q=osallisuudella");

        var imported = await OpsProcess.RunAsync(data, "import", "register", "--tenant", "kylat", "--publish",
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "001_059ec08fc9ddb978.txt"));
        var found = await Eventually.TimedAsync(() => TotalAsync(visitor, "/kylat/api/search?q=osallisuudella"), total => total > 0, Promptly);
        var listed = await Eventually.TimedAsync(() => visitor.GetStringAsync("/kylat/hankkeet"),
            page => page.Contains("Osallisuudella uusia palveluratkaisuja", StringComparison.Ordinal), Promptly);

        Assert.Equal(0, imported.ExitCode);
        Assert.DoesNotContain("Osallisuudella uusia palveluratkaisuja", before, StringComparison.Ordinal);
        Assert.Equal(0, foundBefore);
        Assert.True(found.Value > 0 && found.Elapsed < Promptly, $"Found {found.Value} after {found.Elapsed}.");
        Assert.True(listed.Elapsed < Promptly, $"Listed after {listed.Elapsed}.");
    }

    [Fact]
    public async Task A_change_made_as_the_server_stops_is_in_the_feed_when_its_stop_returns()
    {
        // The app is disposed after its host's stop returns, and no one waits for that: what the feed wrote only then
        // could reach the data folder after the process thought it done with it (and after a test deleted it).
        var site = "pysahtyva-" + Guid.NewGuid().ToString("N")[..8];
        server.Services.GetRequiredService<TenantChanges>().TenantChanged(site);
        await server.Services.GetRequiredService<IHost>().StopAsync();

        await using var feed = new SqliteConnection($"Data Source={Path.Combine(data, "changes.db")};Mode=ReadOnly;Pooling=False");
        await feed.OpenAsync();
        await using var count = feed.CreateCommand();
        count.CommandText = """SELECT COUNT(*) FROM "Changes" WHERE "Tenant" = $site""";
        count.Parameters.AddWithValue("$site", site);

        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path) => (await client.GetAsync(path)).StatusCode;

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        using var results = JsonDocument.Parse(await client.GetStringAsync(path));
        return results.RootElement.GetProperty("total").GetInt32();
    }
}
