using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Networks.JoinRequests;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests.JoinRequests;

[Collection(PortalCollection.Name)]
public sealed class JoinRequestPurgeTests(PortalHost host)
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Purge_deletes_requests_older_than_twelve_months_by_default_and_keeps_the_rest()
    {
        var site = await NetworkSite.CreateAsync(host);
        await AddRequestsAsync(site.Tenant, ("vanha", Now.AddMonths(-12).AddMinutes(-1)), ("tuore", Now.AddMonths(-12).AddMinutes(1)));

        await PurgeAsync(site.Tenant, new FakeClock(Now));

        Assert.Equal(["tuore"], (await site.RequestsAsync()).Select(r => r.Name));
    }

    [Fact]
    public async Task Purge_deletes_handled_and_unhandled_requests_alike()
    {
        var site = await NetworkSite.CreateAsync(host);
        await AddRequestsAsync(site.Tenant, ("käsittelemätön", Now.AddMonths(-13)), ("käsitelty", Now.AddMonths(-13)));
        await host.InTenantAsync<TenantDbContext, int>(site.Tenant, db => db.Set<JoinRequest>().Where(r => r.Name == "käsitelty")
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledUtc, Now.AddMonths(-12).UtcDateTime)));

        await PurgeAsync(site.Tenant, new FakeClock(Now));

        Assert.Empty(await site.RequestsAsync());
    }

    [Fact]
    public async Task Purge_follows_each_tenants_own_retention_setting()
    {
        var shortRetention = await NetworkSite.CreateAsync(host, settings: """{ "NetworkSettings": { "joinRequestRetentionMonths": 1 } }""");
        var defaultRetention = await NetworkSite.CreateAsync(host);
        var sentTwoMonthsAgo = ("kaksi kuukautta sitten", Now.AddMonths(-2));
        await AddRequestsAsync(shortRetention.Tenant, sentTwoMonthsAgo);
        await AddRequestsAsync(defaultRetention.Tenant, sentTwoMonthsAgo);

        await PurgeAsync(shortRetention.Tenant, new FakeClock(Now));
        await PurgeAsync(defaultRetention.Tenant, new FakeClock(Now));

        Assert.Empty(await shortRetention.RequestsAsync());
        Assert.Single(await defaultRetention.RequestsAsync());
    }

    [Fact]
    public async Task Request_is_deleted_once_the_clock_passes_its_retention_and_not_before()
    {
        var site = await NetworkSite.CreateAsync(host);
        await AddRequestsAsync(site.Tenant, ("liisa", Now));
        var clock = new FakeClock(Now.AddMonths(12).AddSeconds(-1));

        await PurgeAsync(site.Tenant, clock);
        var keptJustBefore = (await site.RequestsAsync()).Count;
        clock.Now = Now.AddMonths(12).AddSeconds(1);
        await PurgeAsync(site.Tenant, clock);

        Assert.Equal(1, keptJustBefore);
        Assert.Empty(await site.RequestsAsync());
    }

    [Fact]
    public void Purge_is_a_tenant_job_of_the_networks_feature()
    {
        var registrations = host.Services.GetServices<TenantJobRegistration>();

        var purge = Assert.Single(registrations, r => r.JobType == typeof(JoinRequestPurge));
        Assert.Equal("Networks", purge.Feature);
        Assert.True(purge.Interval <= TimeSpan.FromDays(1));
    }

    private async Task AddRequestsAsync(Tenant tenant, params (string Name, DateTimeOffset Sent)[] requests)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.AddRange(requests.Select(r => new JoinRequest
        {
            NetworkContentItemId = NetworkSite.NetworkId,
            Name = r.Name,
            Email = "liisa@example.fi",
            ConsentGiven = true,
            CreatedUtc = r.Sent.UtcDateTime,
        }));
        await db.SaveChangesAsync();
    }

    // The job as the runner would resolve it in the tenant's scope, but reading the test's clock.
    private async Task PurgeAsync(Tenant tenant, TimeProvider clock)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        await ActivatorUtilities.CreateInstance<JoinRequestPurge>(scope.ServiceProvider, clock).RunAsync(CancellationToken.None);
    }
}
