using Microsoft.Extensions.DependencyInjection;

namespace Verkostoportaali.Testing;

/// <summary>
/// A portal of its own, set up from the portal recipe in a folder of its own, on a clock the test moves, without the
/// output cache (which keeps a page for a minute whatever the day): for what a page shows as days pass.
/// </summary>
public sealed class ClockedPortal : IAsyncDisposable
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "vp-clocked-" + Guid.NewGuid().ToString("N"));

    public ClockedPortal(DateTimeOffset now)
    {
        Clock = new FakeClock(now);
        Host = PortalHost.OnDataFolder(dataPath, "portal", new Dictionary<string, string> { ["Portal:OutputCache:Enabled"] = "false" },
            services => services.AddSingleton<TimeProvider>(Clock));
    }

    public FakeClock Clock { get; }

    public PortalHost Host { get; }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        DataFolders.Delete(dataPath);
    }
}
