using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Maps.Tests.Pages;

[Collection(PortalCollection.Name)]
public sealed class MapPageTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Places_are_listed_by_municipality_with_OpenStreetMap_tiles_by_default()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddAsync(site, "Provider", "Oulun toimija", TestSites.In("oulu"));
        await host.AddAsync(site, "Network", "Kajaanin verkosto", TestSites.In("kajaani"));
        await client.MarkersWhenAsync($"/{site.Name}/api/map", a => a.Total == 2);

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync($"/{site.Name}/kartta?type=Network&region=kainuu"));

        Assert.Equal(["Kajaani"], document.QuerySelectorAll("#places h3").Select(h => h.TextContent));
        Assert.Equal(["Kajaanin verkosto"], document.QuerySelectorAll("#places li a").Select(a => a.TextContent));
        Assert.Equal("64.227", document.QuerySelector("#places li")!.GetAttribute("data-lat"));
        Assert.Equal("https://tile.openstreetmap.org/{z}/{x}/{y}.png", document.QuerySelector("#map")!.GetAttribute("data-tile-url"));
        Assert.Equal("© OpenStreetMap contributors", document.QuerySelector("#map")!.GetAttribute("data-attribution"));
        Assert.Equal("Network", ((AngleSharp.Html.Dom.IHtmlSelectElement)document.QuerySelector("#filter-type")!).Value);
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Unknown_filter_values_are_ignored_on_the_page()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddAsync(site, "Provider", "Oulun toimija", TestSites.In("oulu"));
        await client.MarkersWhenAsync($"/{site.Name}/api/map", a => a.Total == 1);

        var response = await client.GetAsync($"/{site.Name}/kartta?type=Project&region=atlantis");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("Oulun toimija", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tile_server_on_plain_http_is_allowed_in_the_pages_image_sources()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "vp-maps-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var portal = PortalHost.OnDataFolder(dataPath, "portal",
                new Dictionary<string, string> { ["Portal:Map:TileUrl"] = "http://tiles.example:8080/{z}/{x}/{y}.png" });

            var response = await portal.CreateClient().GetAsync("/kartta");

            Assert.Contains("img-src 'self' https: data: http://tiles.example:8080;", response.Headers.GetValues("Content-Security-Policy").Single(),
                StringComparison.Ordinal);
        }
        finally
        {
            DataFolders.Delete(dataPath);
        }
    }
}
