using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Testing;

/// <summary>
/// The demo portal's data folder, set up and indexed once, then copied for each host that needs the demo. Setting the
/// demo up takes ten seconds on two cores, and the suite has 18 demo portals in 14 test processes: the set-up folder
/// is kept in the temp folder under a key of everything its content depends on, so the test processes of one build
/// share it.
/// </summary>
public static class DemoDataFolder
{
    public const string AdminUser = "portaali-admin";
    public const string AdminPassword = "Demo-testi-2026-salasana!";

    private static readonly Lazy<Task<string>> Template = new(FindOrCreateAsync);

    /// <summary>Settings that decide what the demo setup stores, the same for the template and each copy.</summary>
    public static void Configure(IWebHostBuilder builder, string dataPath)
    {
        builder.UseSetting("Portal:DataPath", dataPath);
        builder.UseSetting("Portal:SetupRecipe", "demo");
        builder.UseSetting("Portal:AdminUser", AdminUser);
        builder.UseSetting("Portal:AdminPassword", AdminPassword);
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

    private static async Task<string> FindOrCreateAsync()
    {
        var temp = Path.GetTempPath();
        RemoveOldTemplates(temp);
        var template = Path.Combine(temp, "vp-demo-template-" + ContentKey());
        if (Directory.Exists(template))
        {
            return template;
        }
        // Made under a name of its own and renamed when complete: another test process sees the whole folder or none.
        var made = Path.Combine(temp, "vp-demo-making-" + Guid.NewGuid().ToString("N"));
        await CreateAsync(made);
        try
        {
            Directory.Move(made, template);
        }
        catch (IOException) when (Directory.Exists(template))
        {
            Directory.Delete(made, recursive: true);
        }
        return template;
    }

    private static async Task CreateAsync(string dataPath)
    {
        // Disposed before the folder is copied: every database is closed and the search index committed.
        await using (var portal = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => Configure(builder, dataPath)))
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
    }

    // What the set-up folder depends on: the portal's assemblies, the package versions they run with (the app's
    // deps.json), the recipes, the admin account, and the day, so that no test depends on when a kept demo was made.
    private static string ContentKey()
    {
        var app = AppContext.BaseDirectory;
        var files = Directory.EnumerateFiles(app, "Verkostoportaali.*.dll")
            .Where(file => !file.EndsWith(".Tests.dll", StringComparison.Ordinal) && Path.GetFileName(file) != "Verkostoportaali.Testing.dll")
            .Append(Path.Combine(app, "Verkostoportaali.Web.deps.json"))
            .Concat(Directory.EnumerateFiles(Path.Combine(app, "recipes"), "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(app, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        hash.AppendData(Encoding.UTF8.GetBytes($"{AdminUser} {AdminPassword} {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    // Templates of earlier builds and days, and folders of test processes that stopped while making one.
    private static void RemoveOldTemplates(string temp)
    {
        var old = DateTime.UtcNow.AddDays(-2);
        foreach (var folder in Directory.EnumerateDirectories(temp, "vp-demo-*").Where(f => Directory.GetCreationTimeUtc(f) < old))
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                // Another test process removed it at the same moment.
            }
        }
    }
}
