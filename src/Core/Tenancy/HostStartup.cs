using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>At start, before the server takes requests: creates or upgrades the host database and loads the tenant registry.</summary>
public sealed class HostStartup(
    IDbContextFactory<HostDbContext> hostDb,
    TenantDataPaths paths,
    TenantRegistry registry,
    ILogger<HostStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.Root);
        await CoreMigrations.UpgradeHostAsync(hostDb, logger, cancellationToken);
        await registry.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
