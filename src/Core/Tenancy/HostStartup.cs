using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// Before the server takes requests: creates or upgrades the host database and loads the tenant registry. The host
/// calls <see cref="Begin"/> as soon as its services exist, so that this runs on another thread while it maps the
/// endpoints (Razor Pages reads every page's model then); the server's start waits for it.
/// </summary>
public sealed class HostStartup(
    HostConnections connections,
    IDbContextFactory<HostDbContext> hostDb,
    TenantDataPaths paths,
    TenantRegistry registry,
    ILogger<HostStartup> logger) : IHostedService
{
    private readonly Lazy<Task> work = new(() => Task.Run(async () =>
    {
        Directory.CreateDirectory(paths.Root);
        await CoreMigrations.UpgradeHostAsync(connections, hostDb, logger, CancellationToken.None);
        await registry.LoadAsync();
    }));

    /// <summary>Starts the work once (later calls return the same task), and returns it.</summary>
    public Task Begin() => work.Value;

    public Task StartAsync(CancellationToken cancellationToken) => Begin().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
