using System.Net;
using System.Text;
using Verkostoportaali.Events;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Syndication.Tests.Calendar;

[Collection(PortalCollection.Name)]
public sealed class EventsCalendarTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Lines_are_folded_within_75_octets_and_commas_semicolons_and_backslashes_are_escaped()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddEventAsync(site, "Kylä; pelto, metsä \\ järvi – pitkä nimi, jossa on ääkkösiä, jotta rivi taittuu monta kertaa",
            new EventPart(new DateOnly(2030, 6, 15), new TimeOnly(18, 0), new DateOnly(2030, 6, 15), new TimeOnly(20, 0), PlaceName: "Seurantalo"));

        var text = await TextWhenAsync($"/{site.Name}/feeds/events.ics", "Seurantalo");

        var lines = text.Split("\r\n");
        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 0, 75));
        Assert.Contains(lines, l => l.StartsWith(' '));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains(@"SUMMARY:Kylä\; pelto\, metsä \\ järvi", unfolded, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/Helsinki:20300615T180000\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Seurantalo\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_day_event_ends_the_day_after_its_last_day()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddEventAsync(site, "Leiri", new EventPart(new DateOnly(2030, 7, 1), EndDate: new DateOnly(2030, 7, 3)));

        var text = await TextWhenAsync($"/{site.Name}/feeds/events.ics", "Leiri");

        Assert.Contains("DTSTART;VALUE=DATE:20300701\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20300704\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portal_calendar_filters_by_region_and_month_across_sites()
    {
        var first = await TestSites.CreateAsync(host);
        var second = await TestSites.CreateAsync(host);
        var tag = first.Name[2..];
        await host.AddEventAsync(first, "Kesäkuu Kainuussa " + tag, new EventPart(new DateOnly(2031, 6, 10)), region: "kainuu");
        await host.AddEventAsync(second, "Kesäkuu Savossa " + tag, new EventPart(new DateOnly(2031, 6, 11)), region: "pohjois-savo");
        await host.AddEventAsync(second, "Heinäkuu Kainuussa " + tag, new EventPart(new DateOnly(2031, 7, 1)), region: "kainuu");
        await TextWhenAsync($"/{second.Name}/feeds/events.ics", "Heinäkuu");
        await TextWhenAsync($"/{first.Name}/feeds/events.ics", "Kesäkuu");

        var june = await client.GetStringAsync("/feeds/events.ics?region=kainuu&month=2031-06");

        Assert.Contains("Kesäkuu Kainuussa " + tag, june, StringComparison.Ordinal);
        Assert.DoesNotContain("Kesäkuu Savossa " + tag, june, StringComparison.Ordinal);
        Assert.DoesNotContain("Heinäkuu Kainuussa " + tag, june, StringComparison.Ordinal);
        Assert.Contains($"UID:", june, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Month_keeps_an_event_that_began_the_month_before()
    {
        var site = await TestSites.CreateAsync(host);
        var tag = site.Name[2..];
        await host.AddEventAsync(site, "Talvileiri " + tag, new EventPart(new DateOnly(2032, 1, 28), EndDate: new DateOnly(2032, 2, 3)));
        await TextWhenAsync($"/{site.Name}/feeds/events.ics", "Talvileiri " + tag);

        var february = await client.GetStringAsync("/feeds/events.ics?month=2032-02");
        var march = await client.GetStringAsync("/feeds/events.ics?month=2032-03");

        Assert.Contains("Talvileiri " + tag, february, StringComparison.Ordinal);
        Assert.DoesNotContain("Talvileiri " + tag, march, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_event_is_not_in_the_calendar()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddEventAsync(site, "Luonnos", new EventPart(new DateOnly(2030, 9, 2)), publish: false);
        await host.AddEventAsync(site, "Julkaistu", new EventPart(new DateOnly(2030, 9, 1)));

        var text = await TextWhenAsync($"/{site.Name}/feeds/events.ics", "Julkaistu");

        Assert.DoesNotContain("Luonnos", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Month_that_is_not_a_month_is_a_bad_request()
    {
        var response = await client.GetAsync("/feeds/events.ics?month=2031-13");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<string> TextWhenAsync(string url, string expected) => Eventually.ValueAsync(async () =>
    {
        var text = await client.GetStringAsync(url);
        return text.Contains(expected, StringComparison.Ordinal) ? text : null;
    }, $"{url} with {expected}");
}
