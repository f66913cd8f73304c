using System.Collections.Concurrent;
using System.Formats.Tar;
using System.IO.Compression;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Upgrade;

/// <summary>
/// The current code started on each upgrade fixture: the archive extracted to a fresh folder, one portal per fixture,
/// shared by the tests of the class and removed with its folder afterwards.
/// </summary>
public sealed class UpgradedPortals : IAsyncLifetime
{
    private const string Archive = ".tar.gz";
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "upgrade");

    private readonly string root = Path.Combine(Path.GetTempPath(), "vp-upgrade-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, Lazy<Task<UpgradedPortal>>> portals = new(StringComparer.Ordinal);

    /// <summary>Every fixture's archive name: the upgrade tests run on each.</summary>
    public static TheoryData<string> Names => [.. Directory.EnumerateFiles(Fixtures, "*" + Archive).Select(Path.GetFileName).OfType<string>().Order()];

    public Task<UpgradedPortal> StartedAsync(string archive) =>
        portals.GetOrAdd(archive, name => new Lazy<Task<UpgradedPortal>>(() => StartAsync(name, name, _ => Task.CompletedTask))).Value;

    /// <summary>
    /// The fixture as someone changed it before upgrading: <paramref name="change"/> gets the extracted data folder
    /// before the current code first starts on it. <paramref name="variant"/> names the change, one portal per name.
    /// </summary>
    public Task<UpgradedPortal> StartedAsync(string archive, string variant, Func<string, Task> change) =>
        portals.GetOrAdd($"{archive}-{variant}", key => new Lazy<Task<UpgradedPortal>>(() => StartAsync(archive, key, change))).Value;

    private async Task<UpgradedPortal> StartAsync(string archive, string folder, Func<string, Task> change)
    {
        var log = new LogCapture(LogLevel.Information);
        var name = archive[..^Archive.Length];
        var manifest = UpgradeManifest.Read(Path.Combine(Fixtures, name + ".manifest.json"));
        var data = Directory.CreateDirectory(Path.Combine(root, folder)).FullName;
        await using (var gzip = new GZipStream(File.OpenRead(Path.Combine(Fixtures, archive)), CompressionMode.Decompress))
        {
            await TarFile.ExtractToDirectoryAsync(gzip, data, overwriteFiles: false);
        }
        await change(data);
        var host = PortalHost.OnDataFolder(data, setupRecipe: "");
        // The portal runs a day after the fixture was made: on the real clock, the purge of join requests older than
        // 12 months would empty the fixture's requests a year on, which is no upgrade failure.
        var clock = new FakeClock(manifest.MadeUtc.AddDays(1));
        var portal = host.WithWebHostBuilder(b => b
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock))
            .ConfigureLogging(logging => logging.AddProvider(log)));
        _ = portal.Server;
        return new UpgradedPortal(manifest, host, portal, log);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var started in portals.Values.Where(p => p.IsValueCreated && p.Value.IsCompletedSuccessfully))
        {
            await (await started.Value).DisposeAsync();
        }
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
