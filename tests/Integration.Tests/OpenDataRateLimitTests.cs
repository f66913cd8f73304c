using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>A portal of its own with a limit of three open-data requests an hour per client, so that no refill interferes.</summary>
public sealed class OpenDataRateLimitTests : IAsyncLifetime
{
    private const int Limit = 3;

    private readonly PortalHost host = PortalHost.OnDataFolder(Path.Combine(Path.GetTempPath(), "vp-ratelimit-" + Guid.NewGuid().ToString("N")), "portal",
        new Dictionary<string, string> { ["Portal:Api:RateLimit:PermitLimit"] = $"{Limit}", ["Portal:Api:RateLimit:Window"] = "01:00:00" });

    [Fact]
    public async Task Client_over_the_limit_gets_429_with_retry_after_and_a_problem_even_for_a_cached_answer()
    {
        for (var i = 0; i < Limit; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await GetAsync("/api/tenants", "192.0.2.10")).Response.StatusCode);
        }

        var refused = await GetAsync("/api/tenants", "192.0.2.10");

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.True(int.Parse(refused.Response.Headers.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", refused.Response.ContentType);
        using var problem = JsonDocument.Parse(refused.Response.Body);
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        Assert.Equal("*", refused.Response.Headers.AccessControlAllowOrigin);
    }

    [Fact]
    public async Task Limit_counts_each_client_on_its_own_and_feeds_with_the_api()
    {
        for (var i = 0; i < Limit; i++)
        {
            await GetAsync(i % 2 == 0 ? "/api/tenants" : "/feeds/all.rss", "192.0.2.20");
        }

        var sameClient = await GetAsync("/feeds/all.atom", "192.0.2.20");
        var otherClient = await GetAsync("/api/tenants", "192.0.2.21");
        var page = await GetAsync("/", "192.0.2.20");

        Assert.Equal(StatusCodes.Status429TooManyRequests, sameClient.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, otherClient.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, page.Response.StatusCode);
    }

    private Task<HttpContext> GetAsync(string path, string address) => host.Server.SendAsync(context =>
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        context.Request.Headers.Origin = "https://kyla.example";
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
    });

    public Task InitializeAsync() => ((IAsyncLifetime)host).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)host).DisposeAsync();
}
