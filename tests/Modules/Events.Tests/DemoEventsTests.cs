using System.Text.Json;
using AngleSharp.Html.Parser;
using Verkostoportaali.Recipes;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Events.Tests;

[Collection(PortalCollection.Name)]
public sealed class DemoEventsTests(PortalHost host)
{
    // Elävä Kainuu's site as the demo builds it, with this module's demo events included.
    private const string ElavaKainuuRecipe = """
        { "name": "elava-kainuu-test", "steps": [
            { "name": "Recipes", "run": ["leader-group", "demo-elava-kainuu-networks", "demo-elava-kainuu-events"] } ] }
        """;

    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Wellbeing_day_is_an_all_day_event_in_the_feed_organised_by_its_network()
    {
        var site = await host.CreateEventSiteAsync(ElavaKainuuRecipe);

        var text = await client.GetStringAsync($"/{site.Name}/events.ics");

        var calendar = Ical.Net.Calendar.Load(text)!;
        var day = Assert.Single(calendar.Events, e => e.Uid == $"elava-kainuu-hyvinvointipaiva-2020@{site.Name}");
        Assert.Equal("Hyvinvointipäivä", day.Summary);
        Assert.True(day.IsAllDay);
        Assert.Equal((new DateOnly(2020, 10, 24), new DateOnly(2020, 10, 25)), (day.DtStart!.Date, day.DtEnd!.Date));
        Assert.Equal("Suomussalmen liikuntahalli, Suomussalmi", day.Location);
        Assert.Equal("Hyvinvointipäivä", day.Organizer!.CommonName);
        Assert.StartsWith("Koota hyvinvointi -teemalla toimijoita", day.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wellbeing_day_page_shows_the_saturday_written_out_and_describes_the_event_for_search_engines()
    {
        var site = await host.CreateEventSiteAsync(ElavaKainuuRecipe);

        var html = await client.GetStringAsync($"/{site.Name}/hyvinvointipaiva-2020");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("lauantai 24. lokakuuta 2020", document.QuerySelector(".event-facts time")!.TextContent);
        Assert.Equal("Suomussalmen liikuntahalli, Suomussalmi", document.QuerySelector(".event-facts dt:nth-of-type(2) + dd")!.TextContent);
        var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(("2020-10-24", "2020-10-24"), (json.GetProperty("startDate").GetString(), json.GetProperty("endDate").GetString()));
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal($"http://localhost/{site.Name}/hyvinvointipaiva", json.GetProperty("organizer").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Running_the_demo_events_recipe_again_changes_nothing()
    {
        var site = await host.CreateEventSiteAsync(ElavaKainuuRecipe);
        var before = await client.GetStringAsync($"/{site.Name}/api/content?type=Event");

        await host.InTenantAsync<RecipeRunner, int>(site, async runner =>
        {
            var recipe = RecipeFiles.Parse(ElavaKainuuRecipe, "again.recipe.json");
            await runner.RunAsync(recipe, await runner.ParseAsync(recipe), site, CancellationToken.None);
            return 0;
        });
        var after = await client.GetStringAsync($"/{site.Name}/api/content?type=Event");

        Assert.Equal(before, after);
    }
}
