using System.Net;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests;

[Collection(PortalCollection.Name)]
public sealed class NetworkPagesTests(PortalHost host)
{
    [Fact]
    public async Task List_shows_active_networks_first_and_ended_ones_after_them_each_by_name()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.CreateNetworkAsync("Aittaverkosto", new NetworkPart { Status = NetworkStatus.Ended });
        await site.CreateNetworkAsync("Äänestäjät", new NetworkPart());
        await site.CreateNetworkAsync("Bussiverkosto", new NetworkPart());

        var document = new HtmlParser().ParseDocument(await site.NewClient().GetStringAsync(site.Url("verkostot")));

        Assert.Equal(["Toimivat verkostot", "Päättyneet verkostot"], document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["Bussiverkosto", "Kyläverkosto", "Äänestäjät", "Aittaverkosto"], document.QuerySelectorAll("h3 a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Network_page_links_its_published_events_in_the_networks_order_and_skips_missing_ones()
    {
        var site = await NetworkSite.CreateAsync(host);
        var (first, second, draft) = (await site.CreatePageAsync("Kevään työpaja", true), await site.CreatePageAsync("Syksyn teemapäivä", true),
            await site.CreatePageAsync("Luonnos", false));
        await site.CreateNetworkAsync("Tapahtumaverkosto", new NetworkPart
        {
            LinkedEventIds = [second.ContentItemId, "poistettu", draft.ContentItemId, first.ContentItemId],
        });

        var document = new HtmlParser().ParseDocument(await site.NewClient().GetStringAsync(site.Url("tapahtumaverkosto")));

        var links = document.QuerySelectorAll(".network-events a");
        Assert.Equal(["Syksyn teemapäivä", "Kevään työpaja"], links.Select(a => a.TextContent));
        Assert.Equal(site.Url(second.Slug!), links[0].GetAttribute("href"));
    }

    [Fact]
    public async Task Network_page_shows_the_thank_you_instead_of_the_form_after_a_request_was_sent()
    {
        var site = await NetworkSite.CreateAsync(host);

        var document = new HtmlParser().ParseDocument(
            await site.NewClient().GetStringAsync(site.NetworkUrl + "?liittymispyynto=lahetetty"));

        Assert.Null(document.QuerySelector("form.join-form"));
        Assert.True(document.QuerySelector(".join-sent")!.HasAttribute("autofocus"));
    }

    [Fact]
    public async Task Ended_network_shows_no_join_form_and_takes_no_requests()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.CreateNetworkAsync("Päättynyt verkosto", new NetworkPart { Status = NetworkStatus.Ended });
        var client = site.NewClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(site.Url("paattynyt-verkosto")));
        var joinPage = await client.GetAsync(site.Url("verkostot/paattynyt-verkosto/liity"));

        Assert.Null(page.QuerySelector("form.join-form"));
        Assert.Contains("ei voi enää liittyä", page.GetElementById("liity")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, joinPage.StatusCode);
    }

    [Theory]
    [InlineData("verkostot")]
    [InlineData("admin/liittymispyynnot")]
    public async Task Site_without_the_networks_feature_does_not_answer_network_addresses(string path)
    {
        var tenant = await host.CreateSiteAsync();

        var response = await host.CreateClient().GetAsync($"/{tenant.Name}/{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
