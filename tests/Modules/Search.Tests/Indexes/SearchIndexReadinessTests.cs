using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostoportaali.Search.Indexes;
using Verkostoportaali.Search.Outbox;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Search.Tests.Indexes;

/// <summary><c>/health/ready</c>: a node is ready once its search indexes are checked and built; <c>/health</c> only asks if it lives.</summary>
[Collection(PortalCollection.Name)]
public sealed class SearchIndexReadinessTests(PortalHost host)
{
    [Fact]
    public async Task The_check_is_unhealthy_until_every_site_was_checked_then_degraded_while_sites_lag_and_healthy_when_current()
    {
        var backlog = new SearchBacklog();
        var readiness = new SearchIndexReadiness(backlog);

        var starting = await readiness.CheckHealthAsync(new HealthCheckContext());
        backlog.EveryTenantChecked();
        backlog.Changed("kylat", lastRow: 7);
        var lagging = await readiness.CheckHealthAsync(new HealthCheckContext());
        backlog.Applied("kylat", cursor: 7);
        var current = await readiness.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, starting.Status);
        Assert.Equal((HealthStatus.Degraded, 1), (lagging.Status, (int)lagging.Data["laggingSites"]));
        Assert.Equal(HealthStatus.Healthy, current.Status);
    }

    [Fact]
    public async Task A_started_node_becomes_ready_and_its_liveness_does_not_wait_for_the_indexes()
    {
        var client = host.CreateClient();

        var alive = await client.GetAsync("/health");
        var ready = await Eventually.ValueAsync(async () =>
            await client.GetAsync("/health/ready") is { StatusCode: HttpStatusCode.OK } response ? await response.Content.ReadAsStringAsync() : null, "/health/ready answering 200");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Contains(ready, new[] { "Healthy", "Degraded" });
    }
}
