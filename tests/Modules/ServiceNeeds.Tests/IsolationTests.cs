using System.Net;
using Verkostoportaali.ServiceNeeds.Tests.Routing;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests;

/// <summary>Nothing of one site's needs is reachable from another's: status and offer tokens, admin pages, counts.</summary>
[Collection(PortalCollection.Name)]
public sealed class IsolationTests(PortalHost host)
{
    [Fact]
    public async Task Another_sites_status_and_offer_tokens_admin_pages_and_counts_show_nothing_of_this_sites_needs()
    {
        var a = await NeedSite.CreateAsync(host);
        var b = await NeedSite.CreateAsync(host);
        var statusPath = await a.ReportNeedAsync();
        await ForwardingTests.ForwardAsync(a);
        var offerPath = NeedSite.LinkIn(await a.MailAsync("kotiapu@example.fi", "Palvelutarve teille"), "/palvelutarpeet/tarjous/");
        var need = Assert.Single(await a.NeedsAsync());
        var coordinatorOfB = await b.LogInAsync();
        var inB = (string path) => path.Replace($"/{a.Tenant.Name}/", $"/{b.Tenant.Name}/", StringComparison.Ordinal);

        var status = await b.NewClient().GetAsync(inB(statusPath));
        var offer = await b.NewClient().GetAsync(inB(offerPath));
        var admin = await coordinatorOfB.GetAsync(b.Url($"admin/palvelutarpeet/{need.Id}"));
        var list = await coordinatorOfB.GetStringAsync(b.Url("admin/palvelutarpeet"));
        var counts = await b.NewClient().GetStringAsync(b.Url("palvelutarpeet/kysynta.csv"));
        var coordinatorOfBInA = await coordinatorOfB.GetAsync(a.Url($"admin/palvelutarpeet/{need.Id}"));

        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, offer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, admin.StatusCode);
        Assert.DoesNotContain(need.Reference, list, StringComparison.Ordinal);
        Assert.Single(counts.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        Assert.NotEqual(HttpStatusCode.OK, coordinatorOfBInA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.NewClient().GetAsync(statusPath)).StatusCode);
    }
}
