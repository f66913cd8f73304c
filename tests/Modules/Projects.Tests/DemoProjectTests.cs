using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests;

/// <summary>The demo sites' projects hold and show every field of their register card (seeds 001–003).</summary>
[Collection(PortalCollection.Name)]
public sealed class DemoProjectTests(PortalHost host)
{
    // The Finnish label each register field has on the project page.
    private static readonly Dictionary<string, string> PageLabels = new()
    {
        ["programme"] = "Ohjelma/Rahasto", ["projectNumber"] = "Hankenumero", ["startDate"] = "Aloituspäivämäärä",
        ["endDate"] = "Loppumispäivämäärä", ["isLeader"] = "Onko kyseessä Leader-hanke?", ["ruralAreaType"] = "Maaseututyyppi",
        ["measure"] = "Toimenpide", ["subMeasure"] = "Alatoimenpide", ["measureType"] = "Toimenpiteen tyyppi",
        ["measureSpecifier"] = "Toimenpiteen tarkenne", ["scope"] = "Hankeluonne", ["specificObjective"] = "Erityistavoite",
        ["targetObjective"] = "Kohdealue", ["keywords"] = "Asiasanat", ["statedStatus"] = "Rekisterin ilmoittama tila",
    };

    private readonly HttpClient client = host.CreateClient();

    public static TheoryData<string, string> Seeds => new()
    {
        { "mansikka", "001_059ec08fc9ddb978.txt" },
        { "majakka", "002_cecd6ed7c1fd5538.txt" },
        { "saarijarvi", "003_f473d0570707db1c.txt" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Api_holds_every_field_of_the_register_card(string tenant, string seed)
    {
        var card = SeedCard.Read(seed);

        var json = await ProjectJsonAsync(tenant);

        Assert.Equal(card["name"][0], json.GetProperty("displayText").GetString());
        var part = json.GetProperty("parts").GetProperty("registerCardPart");
        Assert.All(card, field => Assert.Equal(ApiValue(field.Key, field.Value), Text(part.GetProperty(field.Key))));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Page_shows_every_field_of_the_register_card(string tenant, string seed)
    {
        var card = SeedCard.Read(seed);
        var url = (await ProjectJsonAsync(tenant)).GetProperty("url").GetString()!;

        var page = await HtmlPages.GetPageAsync(client, url);

        var fields = Fields(page);
        Assert.Equal(card["name"][0], page.QuerySelector("h1")!.TextContent);
        Assert.Equal(card["implementingOrganisation"][0], page.QuerySelector(".project-organisation")!.TextContent);
        Assert.Equal(card["publicDescription"][0], page.QuerySelector(".project-description p")!.TextContent);
        Assert.All(card.Where(f => PageLabels.ContainsKey(f.Key) && f.Value.Count > 0),
            field => Assert.Equal(PageValues(field.Key, field.Value), fields[PageLabels[field.Key]]));
    }

    [Fact]
    public async Task Green_care_project_shows_its_organisation_period_and_the_contacts_its_page_published()
    {
        var json = await ProjectJsonAsync("green-care-keski-suomi");

        var page = await HtmlPages.GetPageAsync(client, json.GetProperty("url").GetString()!);

        Assert.Equal("Kehittämisyhtiö Witas Oy", page.QuerySelector(".project-organisation")!.TextContent);
        Assert.Equal(["2021-01-01", "2021-12-31"], page.QuerySelectorAll(".project-period time").Select(t => t.GetAttribute("datetime")));
        var contacts = page.QuerySelectorAll(".contact").Select(c => c.TextContent).ToList();
        Assert.Equal(2, contacts.Count);
        Assert.Contains("Laura Syrén", contacts[0], StringComparison.Ordinal);
        Assert.Contains("+358407461690", contacts[0], StringComparison.Ordinal);
        Assert.Contains("Salla Partala", contacts[1], StringComparison.Ordinal);
        Assert.Contains("Projektiasiantuntija", contacts[1], StringComparison.Ordinal);
    }

    private async Task<JsonElement> ProjectJsonAsync(string tenant)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync($"/{tenant}/api/content?type=Project"));
        // The seed is the Finnish item; Majakka's project also has a Swedish variant.
        return Assert.Single(document.RootElement.GetProperty("items").EnumerateArray(),
            item => item.GetProperty("culture").GetString() == "fi").Clone();
    }

    // The value as the API writes it: ISO dates, true/false; keywords joined by "|" here.
    private static string ApiValue(string property, IReadOnlyList<string> values) => property switch
    {
        "startDate" or "endDate" => CardDate(values[0]).ToString("O", CultureInfo.InvariantCulture),
        "isLeader" => values[0] == "kyllä" ? "true" : "false",
        _ => string.Join("|", values),
    };

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join("|", value.EnumerateArray().Select(v => v.GetString())),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "",
        _ => value.GetString()!,
    };

    // The value as the Finnish page shows it: d.M.yyyy dates and Kyllä/Ei.
    private static IReadOnlyList<string> PageValues(string property, IReadOnlyList<string> values) => property switch
    {
        "startDate" or "endDate" => [CardDate(values[0]).ToString("d.M.yyyy", CultureInfo.InvariantCulture)],
        "isLeader" => [values[0] == "kyllä" ? "Kyllä" : "Ei"],
        _ => values,
    };

    private static DateOnly CardDate(string value) => DateOnly.ParseExact(value, "dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static Dictionary<string, IReadOnlyList<string>> Fields(IDocument page)
    {
        var fields = new Dictionary<string, IReadOnlyList<string>>();
        List<string> values = [];
        foreach (var element in page.QuerySelectorAll(".register-card dt, .register-card dd"))
        {
            if (element.LocalName == "dt")
            {
                fields[element.TextContent.Trim()] = values = [];
            }
            else
            {
                values.Add(element.TextContent.Trim());
            }
        }
        return fields;
    }
}
