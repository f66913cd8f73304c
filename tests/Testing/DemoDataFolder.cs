using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Testing;

/// <summary>
/// The demo portal's data folder, set up and indexed once per test process, then copied for each host that needs the
/// demo. Setting the demo up takes several seconds on two cores, and every browser test class has a portal of its own.
/// </summary>
public static class DemoDataFolder
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    /// <summary>Settings that decide what the demo setup stores, the same for the template and each copy.</summary>
    public static void Configure(IWebHostBuilder builder, string dataPath, string adminUser, string adminPassword)
    {
        builder.UseSetting("Portal:DataPath", dataPath);
        builder.UseSetting("Portal:SetupRecipe", "demo");
        builder.UseSetting("Portal:AdminUser", adminUser);
        builder.UseSetting("Portal:AdminPassword", adminPassword);
    }

    /// <summary>Fills the empty folder <paramref name="dataPath"/> with a copy of the set-up demo.</summary>
    public static async Task CopyToAsync(string dataPath)
    {
        var template = await Template.Value;
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(dataPath, Path.GetRelativePath(template, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static async Task<string> CreateAsync()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "vp-demo-template-" + Guid.NewGuid().ToString("N"));
        // Disposed before the folder is copied: every database is closed and the search index committed.
        await using (var portal = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            Configure(builder, dataPath, BrowserHost.AdminUser, BrowserHost.AdminPassword)))
        {
            var backlog = portal.Services.GetRequiredService<SearchBacklog>();
            while (backlog.Pending.Count > 0)
            {
                await Task.Delay(100);
            }
        }
        // Connections the portal returned to Microsoft.Data.Sqlite's pool keep its files open, and their write-ahead logs
        // with them: closed here, the logs are folded into the databases now, not while a copy is being made (the pool
        // is cleared whenever another test clears it).
        SqliteConnection.ClearAllPools();
        if (Directory.EnumerateFiles(dataPath, "*-wal", SearchOption.AllDirectories).FirstOrDefault() is { } open)
        {
            throw new InvalidOperationException($"The demo template still has a database open after its portal stopped: {open}.");
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(dataPath, recursive: true);
        return dataPath;
    }
}
