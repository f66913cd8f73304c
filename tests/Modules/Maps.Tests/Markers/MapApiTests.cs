using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Maps.Tests.Markers;

[Collection(PortalCollection.Name)]
public sealed class MapApiTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Item_is_at_its_municipality_centre_unless_the_editor_gave_a_point()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddAsync(site, "Provider", "Kajaanin toimija", TestSites.In("kajaani"));
        await host.AddAsync(site, "Network", "Oma piste", TestSites.In("kajaani"), new LocationPart(64.1, 28.0));

        var answer = await client.MarkersWhenAsync($"/{site.Name}/api/map", a => a.Total == 2);

        var centre = Assert.Single(answer.Markers, m => m.Title == "Kajaanin toimija");
        Assert.Equal((64.227, 27.728, "kajaani", "Kajaani", "Provider"), (centre.Lat, centre.Lon, centre.Municipality, centre.MunicipalityName, centre.Type));
        Assert.EndsWith($"/{site.Name}/kajaanin-toimija", centre.Url, StringComparison.Ordinal);
        var own = Assert.Single(answer.Markers, m => m.Title == "Oma piste");
        Assert.Equal((64.1, 28.0, "kajaani"), (own.Lat, own.Lon, own.Municipality));
    }

    [Fact]
    public async Task Items_without_a_place_drafts_and_ended_events_are_not_on_the_map()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddAsync(site, "Provider", "Paikaton", new Dictionary<string, IReadOnlyList<string>>());
        await host.AddAsync(site, "Provider", "Luonnos", TestSites.In("oulu"), publish: false);
        await host.AddEventAsync(site, "Mennyt tapahtuma", "oulu", new DateOnly(2020, 1, 1));
        await host.AddEventAsync(site, "Tuleva tapahtuma", "oulu", new DateOnly(2099, 1, 1));

        var answer = await client.MarkersWhenAsync($"/{site.Name}/api/map", a => a.Markers.Any(m => m.Title == "Tuleva tapahtuma"));

        Assert.Equal(["Tuleva tapahtuma"], answer.Markers.Select(m => m.Title));
    }

    [Theory]
    [InlineData("type=Event", "Tapahtuma Oulussa")]
    [InlineData("region=kainuu", "Toimija Kajaanissa")]
    [InlineData("field=matkailu", "Matkailutoimija Oulussa")]
    [InlineData("type=Provider&region=pohjois-pohjanmaa", "Matkailutoimija Oulussa")]
    public async Task Filters_are_the_lists_facets(string query, string only)
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddAsync(site, "Provider", "Toimija Kajaanissa", TestSites.In("kajaani", "sosiaali-ja-terveys"));
        await host.AddAsync(site, "Provider", "Matkailutoimija Oulussa", TestSites.In("oulu", "matkailu"));
        await host.AddEventAsync(site, "Tapahtuma Oulussa", "oulu", new DateOnly(2099, 6, 1));
        await client.MarkersWhenAsync($"/{site.Name}/api/map", a => a.Total == 3);

        var answer = await client.MarkersWhenAsync($"/{site.Name}/api/map?{query}", _ => true);

        Assert.Equal([only], answer.Markers.Select(m => m.Title));
    }

    [Fact]
    public async Task Portal_map_shows_every_listed_site_and_names_the_site()
    {
        var first = await TestSites.CreateAsync(host);
        var second = await TestSites.CreateAsync(host);
        var hidden = await TestSites.CreateAsync(host, listed: false);
        var tag = first.Name[2..];
        await host.AddAsync(first, "Provider", "Ensimmäinen " + tag, TestSites.In("saarijarvi"));
        await host.AddAsync(second, "Network", "Toinen " + tag, TestSites.In("helsinki"));
        await host.AddAsync(hidden, "Provider", "Piilotettu " + tag, TestSites.In("oulu"));
        await client.MarkersWhenAsync($"/{hidden.Name}/api/map", a => a.Total == 1);

        var answer = await client.MarkersWhenAsync("/api/map", a => a.Markers.Count(m => m.Title.EndsWith(tag, StringComparison.Ordinal)) == 2);

        var saarijarvi = Assert.Single(answer.Markers, m => m.Title == "Ensimmäinen " + tag);
        Assert.Equal((62.706, 25.257, first.DisplayName), (saarijarvi.Lat, saarijarvi.Lon, saarijarvi.Site));
        Assert.DoesNotContain(answer.Markers, m => m.Title == "Piilotettu " + tag);
    }

    [Fact]
    public async Task Swedish_map_names_municipalities_in_Swedish()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddAsync(site, "Provider", "Helsingin toimija", TestSites.In("helsinki"), fill: item => item.Culture = "sv");

        var answer = await client.MarkersWhenAsync($"/{site.Name}/sv/api/map", a => a.Total == 1);

        Assert.Equal("Helsingfors", answer.Markers[0].MunicipalityName);
    }

    [Fact]
    public async Task Unknown_type_is_a_bad_request()
    {
        var site = await TestSites.CreateAsync(host);

        var response = await client.GetAsync($"/{site.Name}/api/map?type=Project");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
