using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>A portal of its own with the Prometheus scrape on, as <c>Portal:Telemetry:Prometheus=true</c> turns it on.</summary>
public sealed class TelemetryPortal : IAsyncLifetime
{
    public PortalHost Host { get; } = PortalHost.OnDataFolder(Path.Combine(Path.GetTempPath(), "vp-telemetry-" + Guid.NewGuid().ToString("N")),
        "portal", new Dictionary<string, string> { ["Portal:Telemetry:Prometheus"] = "true" });

    public Task InitializeAsync() => Host.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)Host).DisposeAsync();
}

/// <summary>The metrics a scraper on the node reads at /metrics, and that nobody else does.</summary>
public sealed class TelemetryTests(TelemetryPortal portal) : IClassFixture<TelemetryPortal>
{
    [Fact]
    public async Task A_scrape_from_the_node_itself_has_request_and_search_metrics()
    {
        var client = portal.Host.CreateClient();
        (await client.GetAsync("/api/search?q=kylä")).EnsureSuccessStatusCode();

        var scrape = await Eventually.ValueAsync(async () =>
            await GetAsync(IPAddress.Loopback) is (200, var body) && body.Contains("vp_search_duration", StringComparison.Ordinal) ? body : null,
            "a scrape with the search metric");

        Assert.Contains("http_server_request_duration_seconds", scrape, StringComparison.Ordinal);
        Assert.Contains("vp_search_index_lagging_tenants", scrape, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_else_gets_no_metrics_even_through_a_proxy_on_the_node()
    {
        var direct = await GetAsync(IPAddress.Parse("203.0.113.7"));
        var proxied = await GetAsync(IPAddress.Loopback, forwardedFor: "203.0.113.7");

        Assert.Equal(404, direct.Status);
        Assert.Equal(404, proxied.Status);
        Assert.DoesNotContain("vp_search", proxied.Body, StringComparison.Ordinal);
    }

    private async Task<(int Status, string Body)> GetAsync(IPAddress from, string? forwardedFor = null)
    {
        var answer = await portal.Host.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/metrics";
            http.Connection.RemoteIpAddress = from;
            if (forwardedFor is not null)
            {
                http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        return (answer.Response.StatusCode, await new StreamReader(answer.Response.Body).ReadToEndAsync());
    }
}
