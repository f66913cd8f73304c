using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// Reloads the tenant registry when the host database changes on disk, so that a site created, disabled or removed
/// by an ops command (another process) is served accordingly within <see cref="Interval"/>, without a restart.
/// </summary>
public sealed class RegistryRefresh(
    TenantRegistry registry, TenantDataPaths paths, IEnumerable<ITenantEvents> events, TimeProvider clock, ILogger<RegistryRefresh> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private DateTime lastChange;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lastChange = LastChange();
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshIfChangedAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The snapshot in memory stays valid; the next tick tries again.
                logger.LogError(e, "The tenant registry could not be reloaded.");
            }
        }
    }

    public async Task RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        var change = LastChange();
        if (change == lastChange)
        {
            return;
        }
        lastChange = change;
        var before = registry.All;
        await registry.LoadAsync(cancellationToken);
        // A site removed by another process may still have files open here (search indexes): let modules close them.
        // One created again under the same name between two checks is a new site, and the old one is removed all the same.
        foreach (var removed in before.Where(t => registry.Find(t.Name) is not { } now || now.CreatedUtc != t.CreatedUtc))
        {
            foreach (var handler in events)
            {
                await handler.RemovingAsync(removed, cancellationToken);
            }
        }
    }

    // SQLite writes either the database file or, in WAL mode, its -wal file; either one's time marks a change.
    private DateTime LastChange() =>
        new[] { paths.HostDatabase, paths.HostDatabase + "-wal" }.Select(File.GetLastWriteTimeUtc).Max();
}
