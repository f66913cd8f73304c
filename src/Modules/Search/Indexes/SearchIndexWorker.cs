using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// Keeps this node's indexes current. A second after the server has started, it checks every running tenant's
/// indexes against its outbox (rebuilding what is missing or broken); after that it looks only at tenants in the
/// backlog: at once when a change signals one, and every sweep for those whose rows are not applied yet (a failed
/// catch-up, or rows whose transaction had not committed when the catch-up ran). Every
/// <see cref="SearchOptions.OutboxCheck"/> it checks every tenant again, which finds the rows other nodes sharing the
/// databases wrote; another process on the same data folder (an ops command) is heard at once, through the change feed.
/// Those checks pass over a SQLite database nothing has written since its last check, for up to an hour.
/// </summary>
public sealed class SearchIndexWorker(
    TenantRegistry registry, IndexBuilder builder, TenantIndexes indexes, SearchBacklog backlog, TenantChanges changes,
    PortalDatabase database, TenantDataPaths paths, TimeProvider clock,
    IHostApplicationLifetime lifetime, IOptions<SearchOptions> options, ILogger<SearchIndexWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(10);

    private readonly UnchangedDatabases unchanged = new(database, clock, TimeSpan.FromHours(1));

    // Not while the server answers its first requests: on two cores, checking 10,000 tenants took a tenth of a second
    // from them. Real time, as it is about the CPU.
    private static readonly TimeSpan CatchUpAfter = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        changes.ChangedElsewhere += ChangedElsewhere;
        try
        {
            await KeepCurrentAsync(stoppingToken);
        }
        finally
        {
            changes.ChangedElsewhere -= ChangedElsewhere;
        }
    }

    private async Task KeepCurrentAsync(CancellationToken stoppingToken)
    {
        // Catching up every tenant's index waits until the server takes requests, so it does not delay readiness.
        await lifetime.WhenStartedAsync(stoppingToken);
        await Task.Delay(CatchUpAfter, stoppingToken);
        var check = options.Value.OutboxCheck;
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = Environment.TickCount64;
            await CheckEveryTenantAsync(stoppingToken);
            backlog.EveryTenantChecked();
            while (check <= TimeSpan.Zero || Environment.TickCount64 - started < check.TotalMilliseconds)
            {
                await WaitAsync(check > TimeSpan.Zero && check < Sweep ? check : Sweep, stoppingToken);
                await SweepAsync(stoppingToken);
            }
        }
    }

    private async Task CheckEveryTenantAsync(CancellationToken stoppingToken)
    {
        foreach (var tenant in registry.All.Where(IsSearched))
        {
            await Task.Yield(); // A work item per site: SQLite's async calls finish synchronously, and sweeps starved requests.
            await unchanged.VisitAsync(tenant.Name, paths.ContentDatabase(tenant.Name), () => EnsureAsync(tenant, stoppingToken));
            if (backlog.Signals.TryPeek(out _))
            {
                // A change made during this pass (thousands of tenants take a while) is indexed now, not after it.
                await SweepAsync(stoppingToken);
            }
        }
    }

    /// <summary>Catches up the tenants with outbox rows this node has not applied.</summary>
    internal async Task SweepAsync(CancellationToken stoppingToken)
    {
        while (backlog.Signals.TryRead(out _))
        {
        }
        foreach (var name in backlog.Pending)
        {
            if (registry.Find(name) is { } tenant && IsSearched(tenant))
            {
                await EnsureAsync(tenant, stoppingToken);
            }
            else
            {
                backlog.Forget(name);
            }
        }
    }

    private async Task WaitAsync(TimeSpan longest, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        wait.CancelAfter(longest);
        try
        {
            await backlog.Signals.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The sweep interval passed without a signal.
        }
    }

    // Another process committed to the tenant's indexes (a reindex) or only to its outbox (an import): the readers move
    // to its commits, and the worker catches up on rows it left.
    private void ChangedElsewhere(string tenant)
    {
        indexes.RefreshReaders(tenant);
        backlog.Recheck(tenant);
    }

    private static bool IsSearched(Tenant tenant) => tenant.State == TenantState.Running && tenant.HasFeature(SearchModule.Feature);

    /// <summary>Whether the tenant's indexes are up to date with its outbox.</summary>
    private async Task<bool> EnsureAsync(Tenant tenant, CancellationToken stoppingToken)
    {
        try
        {
            await builder.EnsureAsync(tenant, stoppingToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Indexing tenant {Tenant} failed; it is tried again at the next sweep.", tenant.Name);
            backlog.Recheck(tenant.Name);
            return false;
        }
    }
}
