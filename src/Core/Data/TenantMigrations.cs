using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Data;

/// <summary>
/// Brings a tenant's database up to date once per process, before anything reads it: the first connection a tenant's
/// <see cref="TenantDbContext"/> opens waits for it (<see cref="TenantSchemaCheck"/>), and <see cref="TenantUpgradeSweep"/>
/// upgrades the others after start-up. Start-up itself touches no tenant database, so it stays fast at 10,000 tenants.
/// Every module's steps run in every tenant: the one EF model maps every module's tables, so a table is there before
/// the feature that fills it is enabled.
/// </summary>
public sealed class TenantMigrations(ModuleCatalog catalog, PortalDatabase database, TenantDataPaths paths, IServiceProvider services,
    ILogger<TenantMigrations> logger)
{
    private readonly ConcurrentDictionary<(string Name, DateTime Created), Lazy<Task<IReadOnlyList<string>>>> upgrades = new();

    /// <summary>Core's steps first, then each module's in <c>Program.cs</c> order, which puts dependencies first.</summary>
    public IReadOnlyList<ModuleMigrations> Steps => field ??=
        [CoreMigrations.Tenant, .. catalog.Modules.Select(m => new ModuleMigrations(m.Id, [.. m.Migrations()]))];

    /// <summary>Runs the tenant's pending steps (once per process and tenant); returns the ids of those this process ran.</summary>
    public async Task<IReadOnlyList<string>> EnsureCurrentAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        // Keyed by creation time too: a removed tenant made again under its name has a new, empty database.
        var key = (tenant.Name, tenant.CreatedUtc);
        // Every connection of the tenant passes here: the static factory allocates nothing once the upgrade is known.
        var upgrade = upgrades.GetOrAdd(key, static (_, state) => new(() => state.Self.UpgradeAsync(state.Tenant)), (Self: this, Tenant: tenant));
        try
        {
            // One request's cancellation must not cancel the upgrade others wait for.
            return await upgrade.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (upgrade.Value.IsFaulted)
        {
            upgrades.TryRemove(KeyValuePair.Create(key, upgrade));
            throw;
        }
    }

    /// <summary>Forgets that the tenant is up to date, after its data folder was deleted.</summary>
    public void Forget(string tenantName)
    {
        foreach (var key in upgrades.Keys.Where(k => k.Name == tenantName))
        {
            upgrades.TryRemove(key, out _);
        }
    }

    private async Task<IReadOnlyList<string>> UpgradeAsync(Tenant tenant)
    {
        // Unpooled and without the pool's interceptors, which would wait for this upgrade.
        var options = new DbContextOptionsBuilder<TenantDbContext>().UseApplicationServiceProvider(services);
        database.UseTenant(options, paths.ContentDatabase(tenant.Name), tenant.Name);
        await using var db = new TenantDbContext(options.Options);
        var ran = await MigrationRunner.RunAsync(db, Steps, tenant.Name, logger, CancellationToken.None);
        if (ran.Count > 0)
        {
            logger.LogInformation("Tenant {Tenant}: ran migration steps {Steps}.", tenant.Name, string.Join(", ", ran));
        }
        return ran;
    }
}

/// <summary>Holds a tenant's first connection until its database is up to date; the pool's contexts are leased for a tenant.</summary>
internal sealed class TenantSchemaCheck(TenantMigrations migrations) : DbConnectionInterceptor
{
    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        await migrations.EnsureCurrentAsync(((TenantDbContext)eventData.Context!).Tenant!, cancellationToken);
        return result;
    }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        migrations.EnsureCurrentAsync(((TenantDbContext)eventData.Context!).Tenant!).GetAwaiter().GetResult();
        return result;
    }
}

/// <summary>After start-up, upgrades every tenant that no request has reached yet, and logs how many ran each step.</summary>
internal sealed class TenantUpgradeSweep(TenantRegistry registry, TenantMigrations migrations, IHostApplicationLifetime lifetime,
    ILogger<TenantUpgradeSweep> logger) : BackgroundService
{
    private static readonly TimeSpan StartDelay = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not while the server starts and answers its first requests: on two cores the sweep would delay them, while
        // any tenant a request reaches first is upgraded by that request. Real time, as it is about the CPU.
        await lifetime.WhenStartedAsync(stoppingToken);
        await Task.Delay(StartDelay, stoppingToken);
        var counts = new Dictionary<string, int>();
        foreach (var tenant in registry.All.Where(t => t.State is TenantState.Running or TenantState.Disabled))
        {
            await Task.Yield(); // A work item per site: SQLite's async calls finish synchronously, and sweeps starved requests.
            try
            {
                foreach (var step in await migrations.EnsureCurrentAsync(tenant, stoppingToken))
                {
                    counts[step] = counts.GetValueOrDefault(step) + 1;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Upgrading tenant {Tenant} failed; its requests will try again.", tenant.Name);
            }
        }
        foreach (var (step, tenants) in counts)
        {
            logger.LogInformation("Migration step {Step} ran in {Count} tenants.", step, tenants);
        }
    }
}
