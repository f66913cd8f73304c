using System.Net;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;
using static Verkostoportaali.Providers.Tests.TestProviders;
using static Verkostoportaali.Testing.HtmlPages;

namespace Verkostoportaali.Providers.Tests;

[Collection(PortalCollection.Name)]
public sealed class ProviderDirectoryTests(PortalHost host)
{
    private const string Hoiva = "Aino Hoiva Oy";
    private const string Retket = "Bertan Metsäretket";
    private const string Talli = "Cecilian Taidetalli";

    private readonly HttpClient client = host.CreateClient();

    [Theory]
    [InlineData("", new[] { Hoiva, Retket, Talli })]
    [InlineData("field=matkailu", new[] { Retket })]
    [InlineData("field=kasvatus-ja-koulutus", new string[0])]
    [InlineData("region=keski-suomi", new[] { Hoiva, Retket })]
    [InlineData("region=pohjois-savo", new[] { Talli })]
    [InlineData("mark=LuontoHoiva", new[] { Hoiva })]
    [InlineData("mark=LuontoVoima", new[] { Retket })]
    [InlineData("mark=LuontoVoima&valid=true", new string[0])]
    [InlineData("valid=true", new[] { Hoiva })]
    [InlineData("region=keski-suomi&mark=LuontoVoima", new[] { Retket })]
    [InlineData("field=matkailu&region=keski-suomi&valid=true", new string[0])]
    [InlineData("field=sosiaali-ja-terveys&region=keski-suomi&mark=LuontoHoiva&valid=true", new[] { Hoiva })]
    public async Task Directory_lists_the_published_providers_that_match_every_filter(string query, string[] expected)
    {
        var site = await CreateThreeProvidersAsync();

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat?{query}");

        Assert.Equal(expected, Names(page));
        Assert.StartsWith($"{expected.Length} ", page.QuerySelector("h2#results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_serving_a_municipality_is_found_by_the_municipality_s_region_only()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, "Jyväskylän luontopolut", new ProviderPart(), Terms(municipality: "jyvaskyla"));

        var central = await GetPageAsync(client, $"/{site.Name}/toimijat?region=keski-suomi");
        var kainuu = await GetPageAsync(client, $"/{site.Name}/toimijat?region=kainuu");

        Assert.Equal(["Jyväskylän luontopolut"], Names(central));
        Assert.Empty(Names(kainuu));
    }

    [Fact]
    public async Task Mark_on_its_expiry_day_counts_as_valid_and_the_day_after_as_expired()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, "Viimeinen päivä", WithMark("Hoivapiha", QualityMarkKind.LuontoHoiva, Today.AddYears(-3)));
        await AddAsync(host, site, "Päivän myöhässä", WithMark("Hoivapiha", QualityMarkKind.LuontoHoiva, Today.AddYears(-3).AddDays(-1)));

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat?mark=LuontoHoiva&valid=true");

        Assert.Equal(["Viimeinen päivä"], Names(page));
    }

    [Fact]
    public async Task Mark_expiring_at_midnight_leaves_the_valid_marks_list_then_with_nothing_changed()
    {
        // Helsinki is at UTC+3 in May: 20:59 UTC is a minute to midnight there, on the mark's last day.
        await using var portal = new ClockedPortal(new DateTimeOffset(2026, 5, 10, 20, 59, 0, TimeSpan.Zero));
        var site = await CreateSiteAsync(portal.Host);
        await AddAsync(portal.Host, site, Hoiva, WithMark("Hoivapiha", QualityMarkKind.LuontoHoiva, new DateOnly(2023, 5, 10)));
        var visitor = portal.Host.CreateClient();
        var address = $"/{site.Name}/toimijat?valid=true";

        var before = Names(await GetPageAsync(visitor, address));
        portal.Clock.Now = portal.Clock.Now.AddMinutes(2);
        var after = Names(await GetPageAsync(visitor, address));

        Assert.Equal([Hoiva], before);
        Assert.Empty(after);
    }

    [Fact]
    public async Task Draft_and_unpublished_providers_are_not_listed()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, "Luonnos", WithMark("Hoiva", QualityMarkKind.LuontoHoiva, Today), publish: false);
        var withdrawn = await AddAsync(host, site, "Poistunut", WithMark("Hoiva", QualityMarkKind.LuontoHoiva, Today));
        await host.InTenantAsync(site, content => content.UnpublishAsync(withdrawn.ContentItemId));

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat?mark=LuontoHoiva");

        Assert.Empty(Names(page));
    }

    // Each choice of filters is matched once per version of the site's data, so a change shows on the next request.
    [Fact]
    public async Task Filtered_directory_shown_before_a_change_shows_it_at_once()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, "Ensimmäinen", WithMark("Hoivapiha", QualityMarkKind.LuontoHoiva, Today));
        var before = await GetPageAsync(client, $"/{site.Name}/toimijat?mark=LuontoHoiva");
        var added = await AddAsync(host, site, "Toinen", WithMark("Hoivapiha", QualityMarkKind.LuontoHoiva, Today));

        var published = await GetPageAsync(client, $"/{site.Name}/toimijat?mark=LuontoHoiva");
        await host.InTenantAsync(site, content => content.UnpublishAsync(added.ContentItemId));
        var unpublished = await GetPageAsync(client, $"/{site.Name}/toimijat?mark=LuontoHoiva");

        Assert.Equal(["Ensimmäinen"], Names(before));
        Assert.Equal(["Ensimmäinen", "Toinen"], Names(published));
        Assert.Equal(["Ensimmäinen"], Names(unpublished));
    }

    [Fact]
    public async Task Summary_says_in_words_which_marks_are_valid_and_which_expired()
    {
        var site = await CreateThreeProvidersAsync();

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat");

        var marks = page.QuerySelectorAll(".quality-mark").Select(m => m.TextContent.Trim()).ToList();
        Assert.Equal(2, marks.Count);
        Assert.Contains(marks, m => m.StartsWith("LuontoHoiva-laatumerkki", StringComparison.Ordinal) && m.Contains("voimassa", StringComparison.Ordinal));
        Assert.Contains(marks, m => m.StartsWith("LuontoVoima-laatumerkki", StringComparison.Ordinal) && m.Contains("vanhentunut", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Form_keeps_the_chosen_filters_and_labels_every_control()
    {
        var site = await CreateSiteAsync(host);

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat?field=matkailu&region=kainuu&mark=LuontoVoima&valid=true");

        var form = page.QuerySelector("form.provider-filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("matkailu", form.QuerySelector("#filter-field option[selected]")!.GetAttribute("value"));
        Assert.Equal("kainuu", form.QuerySelector("#filter-region option[selected]")!.GetAttribute("value"));
        Assert.Equal("LuontoVoima", form.QuerySelector("#filter-mark option[selected]")!.GetAttribute("value"));
        Assert.True(form.QuerySelector("#filter-valid")!.HasAttribute("checked"));
        Assert.All(form.QuerySelectorAll("select, input"), control =>
            Assert.NotNull(form.QuerySelector($"label[for='{control.Id}']")));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Directory_speaks_finnish_by_default()
    {
        var site = await CreateSiteAsync(host);

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat");

        Assert.Equal("Toimijat", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Palvelukenttä", "Maakunta", "Laatumerkki", "Vain toimijat, joilla on voimassa oleva laatumerkki"],
            page.QuerySelectorAll("main form label").Select(l => l.TextContent.Trim()));
        Assert.Equal(["Kaikki palvelukentät", "Kaikki maakunnat", "Kaikki toimijat"],
            page.QuerySelectorAll("main form select").Select(s => s.QuerySelector("option")!.TextContent));
        Assert.Equal("0 toimijaa", page.QuerySelector("h2#results")!.TextContent);
    }

    [Fact]
    public async Task Stylesheet_the_directory_links_is_served()
    {
        var site = await CreateSiteAsync(host);
        var page = await GetPageAsync(client, $"/{site.Name}/toimijat");
        var href = page.QuerySelector("link[rel=stylesheet][href*='/providers.']")!.GetAttribute("href")!;

        var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(".provider-filters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("field=ei-ole&region=%3Cscript%3E&mark=Kultainen&valid=ehka")]
    [InlineData("page=-3")]
    [InlineData("page=abc")]
    [InlineData("page=99999999999")]
    [InlineData("page=2147483647")]
    [InlineData("mark=luontohoiva&mark=LuontoVoima")]
    public async Task Bad_filter_values_are_ignored_without_an_error(string query)
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, Talli, new ProviderPart(), Terms(region: "pohjois-savo"));

        var response = await client.GetAsync($"/{site.Name}/toimijat?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Page_past_the_last_shows_the_last_with_a_notice()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, Talli, new ProviderPart(), Terms(region: "pohjois-savo"));

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat?page=2147483647");

        Assert.Equal([Talli], Names(page));
        Assert.StartsWith("1 ", page.QuerySelector("h2#results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2147483647", page.QuerySelector("p.filter-notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_filter_values_list_every_provider_and_select_nothing()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, Talli, new ProviderPart(), Terms(region: "pohjois-savo"));

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat?field=ei-ole&region=ei-ole&mark=Kultainen");

        Assert.Equal([Talli], Names(page));
        Assert.Empty(page.QuerySelectorAll("option[selected]"));
    }

    [Fact]
    public async Task Results_come_twenty_to_a_page_with_links_that_keep_the_filters()
    {
        var site = await CreateSiteAsync(host);
        for (var n = 1; n <= 21; n++)
        {
            await AddAsync(host, site, $"Toimija {n:00}", WithMark("Retki", QualityMarkKind.LuontoVoima, Today), Terms(region: "kainuu"));
        }

        var first = await GetPageAsync(client, $"/{site.Name}/toimijat?region=kainuu&valid=true");
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = await GetPageAsync(client, next);

        Assert.Equal(20, Names(first).Count);
        Assert.Equal("Toimija 01", Names(first)[0]);
        Assert.Equal($"/{site.Name}/toimijat?region=kainuu&valid=true&page=2", next);
        Assert.Equal("1", first.QuerySelector("nav.pager a[aria-current=page]")!.TextContent);
        Assert.Equal(["Toimija 21"], Names(second));
        Assert.StartsWith("21 ", second.QuerySelector("h2#results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_navigation_of_a_green_care_site_links_the_directory()
    {
        var site = await CreateSiteAsync(host);

        var page = await GetPageAsync(client, $"/{site.Name}/toimijat");

        var link = page.QuerySelector($"nav.main-nav a[href='/{site.Name}/toimijat']")!;
        Assert.Equal("Toimijat", link.TextContent);
        Assert.Equal("page", link.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Site_without_the_providers_feature_has_no_directory()
    {
        var site = await host.CreateSiteAsync("""{ "name": "t", "steps": [ { "name": "Recipes", "run": ["leader-group"] } ] }""");

        var response = await client.GetAsync($"/{site.Name}/toimijat");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Tenant> CreateThreeProvidersAsync()
    {
        var site = await CreateSiteAsync(host);
        await AddAsync(host, site, Talli, new ProviderPart(), Terms("taide-ja-kulttuuri", region: "pohjois-savo"));
        await AddAsync(host, site, Retket, WithMark("Metsäretki", QualityMarkKind.LuontoVoima, Today.AddYears(-3).AddDays(-1)),
            Terms("matkailu", municipality: "jyvaskyla"));
        await AddAsync(host, site, Hoiva, WithMark("Hoivapiha", QualityMarkKind.LuontoHoiva, Today.AddYears(-1)),
            Terms("sosiaali-ja-terveys", region: "keski-suomi"));
        return site;
    }
}
