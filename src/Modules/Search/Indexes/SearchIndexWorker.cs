using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// Keeps this node's indexes current: once the server has started it opens (or rebuilds) every running tenant's indexes, then applies a
/// tenant's outbox rows as soon as a change on this node signals it, and sweeps all tenants for changes made elsewhere.
/// </summary>
public sealed class SearchIndexWorker(
    TenantRegistry registry, IndexBuilder builder, SearchSignals signals, IHostApplicationLifetime lifetime, ILogger<SearchIndexWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Catching up every tenant's index waits until the server takes requests, so it does not delay readiness.
        await WhenStartedAsync(stoppingToken);
        var lastSweep = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (DateTime.UtcNow - lastSweep >= Sweep)
            {
                lastSweep = DateTime.UtcNow;
                foreach (var tenant in SearchedTenants())
                {
                    await EnsureAsync(tenant, stoppingToken);
                }
            }
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(Sweep);
            try
            {
                await signals.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                continue;
            }
            await ApplySignalledAsync(stoppingToken);
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task;
    }

    private async Task ApplySignalledAsync(CancellationToken stoppingToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (signals.Reader.TryRead(out var name))
        {
            names.Add(name);
        }
        foreach (var tenant in names.Select(registry.Find).OfType<Tenant>().Where(IsSearched))
        {
            await EnsureAsync(tenant, stoppingToken);
        }
    }

    private IEnumerable<Tenant> SearchedTenants() => registry.All.Where(IsSearched);

    private static bool IsSearched(Tenant tenant) => tenant.State == TenantState.Running && tenant.HasFeature(SearchModule.Feature);

    private async Task EnsureAsync(Tenant tenant, CancellationToken stoppingToken)
    {
        try
        {
            await builder.EnsureAsync(tenant, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Indexing tenant {Tenant} failed; it is tried again at the next sweep.", tenant.Name);
        }
    }
}
