using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Indexes;

/// <summary>
/// Part of <c>/health/ready</c>: unhealthy (503) until this node has checked every site's indexes once after starting,
/// building those that were missing, so that a load balancer sends searches to a new node only when it can answer them.
/// </summary>
public sealed class SearchIndexReadiness(SearchBacklog backlog) : IHealthCheck
{
    public const string Name = "search-indexes";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var lagging = backlog.Pending.Count;
        var data = new Dictionary<string, object> { ["laggingSites"] = lagging };
        return Task.FromResult(!backlog.CheckedEveryTenant
            ? HealthCheckResult.Unhealthy("The search indexes of this node are still being checked and built.", data: data)
            : lagging > 0
                ? HealthCheckResult.Degraded($"{lagging} sites' search indexes have changes to apply.", data: data)
                : HealthCheckResult.Healthy("The search indexes of this node are current.", data));
    }
}
