using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Modules;

/// <summary>Regions, municipalities and themes are stored by term id and shown by name in the page's language.</summary>
[Collection(PortalCollection.Name)]
public sealed class TermNamesTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Theory]
    [InlineData("", "Keski-Suomi")]
    [InlineData("/sv", "Mellersta Finland")]
    [InlineData("/en", "Central Finland")]
    public async Task Demo_project_page_names_its_region_and_municipality_in_the_pages_language(string language, string region)
    {
        var url = (await ContentAsync("/saarijarvi/api/content?type=Project")).GetProperty("url").GetString()!;

        var html = await client.GetStringAsync(url.Replace("/saarijarvi/", $"/saarijarvi{language}/", StringComparison.Ordinal));

        var terms = new HtmlParser().ParseDocument(html).QuerySelectorAll(".terms .term").Select(t => t.TextContent).ToList();
        Assert.Contains(region, terms);
        Assert.Contains("Saarijärvi", terms);
    }

    [Theory]
    [InlineData("", "Lappi", "Hyvinvointi")]
    [InlineData("/sv", "Lappland", "Välmående")]
    [InlineData("/en", "Lapland", "Wellbeing")]
    public async Task Content_api_gives_each_term_its_id_and_its_name_in_the_requests_language(string language, string region, string theme)
    {
        var item = await ContentAsync($"/majakka{language}/api/content?type=Project");

        var terms = item.GetProperty("terms").EnumerateArray()
            .Select(t => (t.GetProperty("vocabulary").GetString(), t.GetProperty("id").GetString(), t.GetProperty("name").GetString())).ToList();
        Assert.Contains(("regions", "lappi", region), terms);
        Assert.Contains(("themes", "hyvinvointi", theme), terms);
    }

    [Theory]
    [InlineData("", "Lappi")]
    [InlineData("/sv", "Lappland")]
    public async Task Tenant_list_and_api_name_a_sites_region_in_the_pages_language(string language, string region)
    {
        var tenants = await client.GetFromJsonAsync<JsonElement>($"{language}/api/tenants");
        var home = new HtmlParser().ParseDocument(await client.GetStringAsync($"{language}/"));

        var majakka = tenants.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "majakka");
        Assert.Equal(("lappi", region), (majakka.GetProperty("region").GetString(), majakka.GetProperty("regionName").GetString()));
        // The home lists the sites under a heading of their region.
        Assert.Contains(home.QuerySelectorAll(".tenant-list li"), li => li.ParentElement?.PreviousElementSibling?.TextContent == region
            && li.QuerySelector("a")!.TextContent == majakka.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_term_given_by_its_name_in_any_language_is_saved_as_its_id()
    {
        var site = await host.CreateSiteAsync("""{ "name": "t", "steps": [ { "name": "Recipes", "run": ["leader-group"] } ] }""");

        var saved = await SaveArticleAsync(site, ["ÖSTERBOTTEN"], ["Korsholm"]);

        Assert.Equal(["pohjanmaa"], saved.Of("regions"));
        Assert.Equal(["mustasaari"], saved.Of("municipalities"));
    }

    [Fact]
    public async Task A_term_no_vocabulary_has_is_refused_with_a_validation_message()
    {
        var site = await host.CreateSiteAsync("""{ "name": "t", "steps": [ { "name": "Recipes", "run": ["leader-group"] } ] }""");

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => SaveArticleAsync(site, ["Atlantis"], []));

        Assert.Contains(refused.Errors, e => e.Field == "Terms[regions]");
    }

    private async Task<TermsPart> SaveArticleAsync(Core.Tenancy.Tenant site, IReadOnlyList<string> regions, IReadOnlyList<string> municipalities)
    {
        ContentItem? article = null;
        await host.InTenantAsync(site, async content =>
        {
            article = await content.NewAsync("Article");
            var terms = new TermsPart(new Dictionary<string, IReadOnlyList<string>> { ["regions"] = regions, ["municipalities"] = municipalities });
            article.Apply(new TitlePart("Kylien uutiset")).Apply(new AutoroutePart()).Apply(terms);
            await content.CreateAsync(article, publish: true);
        });
        var stored = await host.InTenantAsync<ContentManager, ContentItem?>(site, content => content.GetAsync(article!.ContentItemId));
        return stored!.Get<TermsPart>()!;
    }

    private async Task<JsonElement> ContentAsync(string url) =>
        (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items")[0];
}
