using System.Text.Json;
using Verkostoportaali.Contents;
using Verkostoportaali.Testing;
using static Verkostoportaali.Providers.Tests.TestProviders;
using static Verkostoportaali.Testing.HtmlPages;

namespace Verkostoportaali.Providers.Tests;

[Collection(PortalCollection.Name)]
public sealed class ProviderPageTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Provider_page_shows_the_business_id_website_services_and_their_marks()
    {
        var site = await CreateSiteAsync(host);
        await AddSampleAsync(site, "Metsätila Oy");

        var page = await GetPageAsync(client, $"/{site.Name}/metsatila-oy");

        Assert.Equal("Metsätila Oy", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Contains("0112038-9", page.QuerySelector(".provider-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://metsatila.example/", page.QuerySelector(".provider-facts a")!.GetAttribute("href"));
        var services = page.QuerySelectorAll(".provider-services li").Select(li => li.TextContent).ToList();
        Assert.Contains("LuontoHoiva-laatumerkki", services[0], StringComparison.Ordinal);
        Assert.Contains($"voimassa {Today.AddYears(2):d.M.yyyy} asti", services[0], StringComparison.Ordinal);
        Assert.Contains($"vanhentunut (oli voimassa {Today.AddDays(-1):d.M.yyyy} asti)", services[1], StringComparison.Ordinal);
        Assert.DoesNotContain("laatumerkki", services[2], StringComparison.Ordinal);
        Assert.Contains("Keski-Suomi", page.QuerySelector(".terms")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Pohjanmaa", "Mustasaari")]
    [InlineData("/sv", "Österbotten", "Korsholm")]
    [InlineData("/en", "Ostrobothnia", "Mustasaari")]
    public async Task Provider_page_names_its_region_and_municipality_in_the_pages_language(string language, string region, string municipality)
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, "Korsholmin Hoivatila", new ProviderPart(), Terms(region: "pohjanmaa", municipality: "mustasaari"));

        var page = await GetPageAsync(client, $"/{site.Name}{language}/korsholmin-hoivatila");

        var terms = page.QuerySelectorAll(".terms .term").Select(t => t.TextContent).ToList();
        Assert.Equal([region, municipality], terms);
    }

    [Fact]
    public async Task Json_ld_describes_the_provider_as_an_organization_with_its_services_and_valid_marks()
    {
        var site = await CreateSiteAsync(host);
        await AddSampleAsync(site, "Metsätila Oy");

        var json = await JsonLdAsync($"/{site.Name}/metsatila-oy");

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("Organization", json.GetProperty("@type").GetString());
        Assert.Equal("Metsätila Oy", json.GetProperty("name").GetString());
        Assert.Equal("Luontoa kaikille.", json.GetProperty("description").GetString());
        Assert.Equal("0112038-9", json.GetProperty("taxID").GetString());
        Assert.Equal("https://metsatila.example/", json.GetProperty("url").GetString());
        Assert.Equal(["Keski-Suomi", "Jyväskylä"], json.GetProperty("areaServed").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["Sosiaali- ja terveysala"], json.GetProperty("knowsAbout").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["LuontoHoiva: Hoivapiha"], json.GetProperty("award").EnumerateArray().Select(a => a.GetString()));
        var offered = json.GetProperty("hasOfferCatalog").GetProperty("itemListElement").EnumerateArray()
            .Select(o => o.GetProperty("itemOffered")).ToList();
        Assert.Equal(["Hoivapiha", "Metsäretki", "Kahvila"], offered.Select(s => s.GetProperty("name").GetString()));
        Assert.True(offered[0].TryGetProperty("award", out _));
        Assert.False(offered[1].TryGetProperty("award", out _));
    }

    [Fact]
    public async Task Json_ld_of_a_provider_without_a_website_points_to_its_page_and_leaves_out_empty_facts()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, "Pieni toimija", new ProviderPart());

        var json = await JsonLdAsync($"/{site.Name}/pieni-toimija");

        Assert.EndsWith($"/{site.Name}/pieni-toimija", json.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.False(json.TryGetProperty("taxID", out _));
        Assert.False(json.TryGetProperty("hasOfferCatalog", out _));
        Assert.False(json.TryGetProperty("areaServed", out _));
    }

    [Fact]
    public async Task Json_ld_cannot_close_its_script_element()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, "Paha</script><script>alert(1)</script>", new ProviderPart(), Terms());

        var html = await client.GetStringAsync($"/{site.Name}/paha-script-script-alert-1-script");

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Equal("Paha</script><script>alert(1)</script>", (await JsonLdAsync($"/{site.Name}/paha-script-script-alert-1-script")).GetProperty("name").GetString());
    }

    private async Task<JsonElement> JsonLdAsync(string url)
    {
        var page = await GetPageAsync(client, url);
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }

    private async Task AddSampleAsync(Core.Tenancy.Tenant site, string name)
    {
        var provider = new ProviderPart
        {
            BusinessId = "0112038-9",
            Website = "https://metsatila.example/",
            Services =
            [
                new ProviderService("Hoivapiha", "Eläinavusteista hoivaa.", new QualityMark(QualityMarkKind.LuontoHoiva, Today.AddYears(-1))),
                new ProviderService("Metsäretki", QualityMark: new QualityMark(QualityMarkKind.LuontoVoima, Today.AddYears(-2), Today.AddDays(-1))),
                new ProviderService("Kahvila"),
            ],
        };
        var item = await AddAsync(host, site, name, provider, Terms("sosiaali-ja-terveys", "keski-suomi", "jyvaskyla"), publish: false);
        await host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(item.ContentItemId, draft => draft.Apply(new BodyPart("<p>Luontoa <em>kaikille</em>.</p>")));
            await content.PublishAsync(item.ContentItemId);
        });
    }
}
