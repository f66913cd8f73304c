using System.Text.Json;
using AngleSharp.Html.Parser;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests;

[Collection(PortalCollection.Name)]
public sealed class EventJsonLdTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Event_page_describes_a_mixed_event_with_offsets_place_address_organiser_and_url()
    {
        var site = await host.CreateEventSiteAsync(TestEvents.LeaderGroupRecipe);
        var network = await host.AddNetworkAsync(site, "Kylien verkosto");
        await host.AddEventAsync(site, "Kesäseminaari", new EventPart(new DateOnly(2030, 6, 15), new TimeOnly(10, 0), new DateOnly(2030, 6, 15),
            new TimeOnly(15, 30), "Seurantalo", "Kylätie 1", "https://example.fi/striimi", network.ContentItemId), municipality: "suomussalmi");

        var json = await JsonLdAsync(site, "kesaseminaari");

        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("Kesäseminaari", json.GetProperty("name").GetString());
        Assert.Equal("2030-06-15T10:00:00+03:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2030-06-15T15:30:00+03:00", json.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal($"http://localhost/{site.Name}/kesaseminaari", json.GetProperty("url").GetString());
        var (place, online) = (json.GetProperty("location")[0], json.GetProperty("location")[1]);
        Assert.Equal(("Place", "Seurantalo"), (place.GetProperty("@type").GetString(), place.GetProperty("name").GetString()));
        Assert.Equal("Kylätie 1", place.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal("Suomussalmi", place.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal("https://example.fi/striimi", online.GetProperty("url").GetString());
        Assert.Equal("Kylien verkosto", json.GetProperty("organizer").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(null, "https://example.fi/striimi", "OnlineEventAttendanceMode", "VirtualLocation")]
    [InlineData("Seurantalo", null, "OfflineEventAttendanceMode", "Place")]
    public async Task Attendance_mode_follows_whether_the_event_has_a_place_or_a_link(string? place, string? link, string mode, string location)
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "Webinaari", new EventPart(new DateOnly(2031, 1, 15), new TimeOnly(10, 0), PlaceName: place, OnlineUrl: link));

        var json = await JsonLdAsync(site, "webinaari");

        Assert.Equal($"https://schema.org/{mode}", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal(location, json.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("2031-01-15T10:00:00+02:00", json.GetProperty("startDate").GetString());
        Assert.False(json.TryGetProperty("endDate", out _));
    }

    [Fact]
    public async Task Title_cannot_break_out_of_the_script_element()
    {
        var site = await host.CreateEventSiteAsync();
        await host.AddEventAsync(site, "</script><script>alert(1)</script>", new EventPart(new DateOnly(2030, 6, 15)));

        var html = await client.GetStringAsync($"/{site.Name}/script-script-alert-1-script");

        var document = new HtmlParser().ParseDocument(html);
        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal("</script><script>alert(1)</script>", JsonDocument.Parse(script.TextContent).RootElement.GetProperty("name").GetString());
    }

    private async Task<JsonElement> JsonLdAsync(Tenant site, string slug)
    {
        var html = await client.GetStringAsync($"/{site.Name}/{slug}");
        var script = new HtmlParser().ParseDocument(html).QuerySelector("script[type='application/ld+json']")!;
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }
}
