using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>Work a module does regularly in each running tenant that has its feature (purges, reminders). Resolved in the tenant's scope.</summary>
public interface ITenantJob
{
    /// <summary>Does one round of the work for the scope's tenant.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}

public sealed record TenantJobRegistration(Type JobType, string Feature, TimeSpan Interval);

/// <summary>Runs every registered tenant job at its interval, tenant by tenant; one tenant's failure is logged and does not stop the others.</summary>
public sealed class TenantJobRunner(
    IEnumerable<TenantJobRegistration> jobs, TenantRegistry registry, TenantScopes scopes, TimeProvider clock, ILogger<TenantJobRunner> logger)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);
    private readonly Dictionary<Type, DateTimeOffset> lastRun = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunDueJobsAsync(stoppingToken);
        }
    }

    public async Task RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var job in jobs.Where(j => now - lastRun.GetValueOrDefault(j.JobType) >= j.Interval))
        {
            lastRun[job.JobType] = now;
            foreach (var tenant in registry.All.Where(t => t.State == TenantState.Running && t.HasFeature(job.Feature)))
            {
                await Task.Yield(); // A work item per site: SQLite's async calls finish synchronously, and sweeps starved requests.
                await RunAsync(job, tenant, cancellationToken);
            }
        }
    }

    private async Task RunAsync(TenantJobRegistration job, Tenant tenant, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.Create(tenant);
            await ((ITenantJob)scope.ServiceProvider.GetRequiredService(job.JobType)).RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Job {Job} failed in tenant {Tenant}.", job.JobType.Name, tenant.Name);
        }
    }
}
