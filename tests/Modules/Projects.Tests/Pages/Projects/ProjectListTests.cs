using System.Net;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Projects.Pages.Projects;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests.Pages.Projects;

/// <summary>The list at /hankkeet and its filters, on a site with projects of every kind.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProjectListTests(PortalHost host)
{
    private const string Rural2014 = "Manner-Suomen maaseudun kehittämisohjelma 2014–2020";
    private const string Cap2023 = "Euroopan maaseuturahasto 2023–2027";

    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Without_filters_every_published_project_is_listed_open_ended_and_latest_ending_first()
    {
        var site = await SiteAsync();

        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/hankkeet");

        Assert.Equal(["Oma hanke", "Tuleva", "Vesiosuuskunta", "Nuorisotila", "Kylätalo"], TestProjects.Titles(page));
        Assert.Equal("5 hanketta", page.QuerySelector("h1 ~ h2")!.TextContent);
    }

    [Theory]
    [InlineData("status=ended", new[] { "Kylätalo" })]
    [InlineData("status=ongoing", new[] { "Nuorisotila", "Vesiosuuskunta" })]
    [InlineData("status=upcoming", new[] { "Tuleva" })]
    [InlineData("programme=" + Rural2014, new[] { "Kylätalo", "Vesiosuuskunta" })]
    [InlineData("submeasure=7.4 Maaseudun palvelut", new[] { "Kylätalo" })]
    [InlineData("leader=yes", new[] { "Kylätalo", "Nuorisotila" })]
    [InlineData("leader=no", new[] { "Tuleva", "Vesiosuuskunta" })]
    [InlineData("year=2016", new[] { "Kylätalo", "Nuorisotila", "Vesiosuuskunta" })]
    [InlineData("year=2018", new[] { "Nuorisotila", "Vesiosuuskunta" })]
    [InlineData("year=2098", new[] { "Nuorisotila", "Tuleva", "Vesiosuuskunta" })]
    [InlineData("programme=" + Cap2023 + "&leader=yes", new[] { "Nuorisotila" })]
    [InlineData("status=ongoing&leader=no", new[] { "Vesiosuuskunta" })]
    [InlineData("year=2016&status=ended&programme=" + Rural2014, new[] { "Kylätalo" })]
    [InlineData("status=ended&leader=no", new string[0])]
    [InlineData("programme=Ohjelma, jota ei ole", new string[0])]
    public async Task Filter_narrows_the_list(string query, string[] expected)
    {
        var site = await SiteAsync();

        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/hankkeet?{query}");

        Assert.Equal(expected, TestProjects.Titles(page).Order());
    }

    [Theory]
    [InlineData("year=abc")]
    [InlineData("page=-1")]
    [InlineData("status=<script>")]
    [InlineData("leader=maybe&year=99999999999999")]
    public async Task Bad_filter_value_is_left_out_with_a_message_not_an_error(string query)
    {
        var site = await SiteAsync();

        var response = await client.GetAsync($"/{site.Name}/hankkeet?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(5, TestProjects.Titles(page).Count);
        Assert.NotEmpty(page.QuerySelectorAll(".filter-notice"));
    }

    [Fact]
    public async Task Filter_choices_come_from_the_sites_projects()
    {
        var site = await SiteAsync();

        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/hankkeet?year=2016");

        string[] Options(string name) => [.. page.QuerySelectorAll($"select[name={name}] option").Skip(1).Select(o => o.TextContent)];
        Assert.Equal([Cap2023, Rural2014], Options("programme"));
        Assert.Equal(["16.10 Muu yhteistyö", "7.4 Maaseudun palvelut"], Options("submeasure"));
        Assert.Equal(2099 - 2015 + 1, Options("year").Length);
        Assert.Equal("2016", page.QuerySelector("select[name=year] option[selected]")!.TextContent);
        Assert.All(page.QuerySelectorAll("select"), s => Assert.NotNull(page.QuerySelector($"label[for={s.Id}]")));
    }

    [Fact]
    public async Task A_published_project_s_programme_is_a_choice_at_once()
    {
        var site = await SiteAsync();
        await HtmlPages.GetPageAsync(client, $"/{site.Name}/hankkeet?status=ended");

        await TestProjects.AddAsync(host, site, TestProjects.Card("Kyläkoulu", "5", new(2024, 1, 1), new(2026, 12, 31))
            with { Programme = "Uusi ohjelma 2028–2034" });
        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/hankkeet?status=ended");

        Assert.Contains("Uusi ohjelma 2028–2034", page.QuerySelectorAll("select[name=programme] option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task Filtered_list_shown_before_a_change_shows_it_at_once()
    {
        var site = await SiteAsync();
        var address = $"/{site.Name}/hankkeet?status=ongoing&leader=yes";
        var before = await HtmlPages.GetPageAsync(client, address);

        await TestProjects.AddAsync(host, site, TestProjects.Card("Kyläkauppa", "6", new(2020, 1, 1), new(2099, 1, 31))
            with { Programme = Cap2023, IsLeader = true });
        var after = await HtmlPages.GetPageAsync(client, address);

        Assert.Equal(["Nuorisotila"], TestProjects.Titles(before));
        Assert.Equal(["Kyläkauppa", "Nuorisotila"], TestProjects.Titles(after).Order());
        Assert.Equal("2 hanketta", after.QuerySelector("h1 ~ h2")!.TextContent);
    }

    [Fact]
    public async Task A_project_ending_today_is_ongoing_until_midnight_and_ended_after_it_with_nothing_changed()
    {
        // Helsinki is at UTC+2 in December: 21:59 UTC is a minute to midnight there.
        await using var portal = new ClockedPortal(new DateTimeOffset(2030, 12, 31, 21, 59, 0, TimeSpan.Zero));
        var site = await TestProjects.CreateSiteAsync(portal.Host);
        await TestProjects.AddAsync(portal.Host, site, TestProjects.Card("Kylätalo", "1", new(2030, 1, 1), new(2030, 12, 31)));
        var visitor = portal.Host.CreateClient();
        var address = $"/{site.Name}/hankkeet?status=";

        var ongoingBefore = TestProjects.Titles(await HtmlPages.GetPageAsync(visitor, address + "ongoing"));
        var endedBefore = TestProjects.Titles(await HtmlPages.GetPageAsync(visitor, address + "ended"));
        portal.Clock.Now = portal.Clock.Now.AddMinutes(2);
        var ongoingAfter = TestProjects.Titles(await HtmlPages.GetPageAsync(visitor, address + "ongoing"));
        var endedAfter = TestProjects.Titles(await HtmlPages.GetPageAsync(visitor, address + "ended"));

        Assert.Equal(["Kylätalo"], ongoingBefore);
        Assert.Empty(endedBefore);
        Assert.Empty(ongoingAfter);
        Assert.Equal(["Kylätalo"], endedAfter);
    }

    [Fact]
    public async Task A_project_s_status_among_the_site_home_s_latest_items_changes_at_midnight_with_nothing_changed()
    {
        // Helsinki is at UTC+2 in December: 21:59 UTC is a minute to midnight there.
        await using var portal = new ClockedPortal(new DateTimeOffset(2030, 12, 31, 21, 59, 0, TimeSpan.Zero));
        var site = await TestProjects.CreateSiteAsync(portal.Host);
        await TestProjects.AddAsync(portal.Host, site, TestProjects.Card("Kylätalo", "1", new(2030, 1, 1), new(2030, 12, 31)));
        var visitor = portal.Host.CreateClient();

        var before = (await HtmlPages.GetPageAsync(visitor, $"/{site.Name}/")).QuerySelector(".project-status")!.TextContent;
        portal.Clock.Now = portal.Clock.Now.AddMinutes(2);
        var after = (await HtmlPages.GetPageAsync(visitor, $"/{site.Name}/")).QuerySelector(".project-status")!.TextContent;

        Assert.Equal("Käynnissä", before);
        Assert.Equal("Päättynyt", after);
    }

    [Fact]
    public async Task Long_list_is_paged_and_the_pager_keeps_the_filters()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        foreach (var n in Enumerable.Range(1, 23))
        {
            await TestProjects.AddAsync(host, site, TestProjects.Card($"Hanke {n:00}", $"{n}", new(2020, 1, 1), new(2020, 12, n)));
        }

        var first = await HtmlPages.GetPageAsync(client, $"/{site.Name}/hankkeet?status=ended");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlPages.GetPageAsync(client, next);

        Assert.Equal(IndexModel.PageSize, TestProjects.Titles(first).Count);
        Assert.Equal("Hanke 23", TestProjects.Titles(first)[0]);
        Assert.Equal($"/{site.Name}/hankkeet?status=ended&page=2", next);
        Assert.Equal(["Hanke 03", "Hanke 02", "Hanke 01"], TestProjects.Titles(second));
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Site_without_the_projects_feature_has_no_project_list()
    {
        var site = await host.CreateSiteAsync();

        var response = await client.GetAsync($"/{site.Name}/hankkeet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Tenant> SiteAsync()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        await TestProjects.AddAsync(host, site, TestProjects.Card("Kylätalo", "1", new(2015, 3, 1), new(2017, 6, 30))
            with { Programme = Rural2014, SubMeasure = "7.4 Maaseudun palvelut", IsLeader = true });
        await TestProjects.AddAsync(host, site, TestProjects.Card("Vesiosuuskunta", "2", new(2016, 1, 1), new(2099, 12, 31))
            with { Programme = Rural2014, SubMeasure = "16.10 Muu yhteistyö", IsLeader = false });
        await TestProjects.AddAsync(host, site, TestProjects.Card("Nuorisotila", "3", end: new(2099, 6, 30))
            with { Programme = Cap2023, IsLeader = true });
        await TestProjects.AddAsync(host, site, TestProjects.Card("Tuleva", "4", new(2098, 1, 1), new(2099, 12, 31))
            with { Programme = Cap2023, IsLeader = false });
        await TestProjects.AddAsync(host, site, card: null, title: "Oma hanke");
        return site;
    }
}
