using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests;

/// <summary>A project's own page: the derived status, the card's language, the tenant's links.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProjectPageTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Page_shows_the_status_from_the_dates_and_the_stated_status_as_information()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var card = TestProjects.Card("Kyläkauppa", "1001", new(2020, 1, 1), TestProjects.Today.AddDays(-1)) with { StatedStatus = "Käynnissä" };
        var project = await TestProjects.AddAsync(host, site, card);

        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/{project.Slug}");

        Assert.Equal("Päättynyt", page.QuerySelector(".project-status")!.TextContent);
        var stated = page.QuerySelectorAll(".register-card dt").Single(dt => dt.TextContent == "Rekisterin ilmoittama tila");
        Assert.Equal("Käynnissä", stated.NextElementSibling!.TextContent);
    }

    [Fact]
    public async Task Swedish_card_values_are_marked_swedish_and_names_are_not()
    {
        var page = await HtmlPages.GetPageAsync(client, "/majakka/yhta-koytta-kylien-hyvinvoinnin-monipalvelupisteet-lansi-pohjassa");

        string? LangOf(string label) =>
            page.QuerySelectorAll(".register-card dt").Single(dt => dt.TextContent == label).NextElementSibling!.GetAttribute("lang");
        Assert.Equal("sv", LangOf("Toimenpide"));
        Assert.Equal("sv", LangOf("Rekisterin ilmoittama tila"));
        Assert.Null(LangOf("Ohjelma/Rahasto"));
        Assert.Null(LangOf("Hankenumero"));
    }

    [Fact]
    public async Task Register_name_is_shown_when_the_title_differs_from_it()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var project = await TestProjects.AddAsync(host, site, TestProjects.Card("Kylien palvelut 2020–2022"), title: "Kyläpalvelut");

        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/{project.Slug}");

        Assert.Equal("Kyläpalvelut", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Nimi rekisterissä: Kylien palvelut 2020–2022", page.QuerySelector(".register-name")!.TextContent);
    }

    [Fact]
    public async Task Tenant_links_are_listed_on_the_page()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var project = await TestProjects.AddAsync(host, site, TestProjects.Card("Kyläkauppa"));
        await host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(project.ContentItemId,
                draft => draft.Apply(new ProjectLinksPart([new ProjectLink("https://kylakauppa.example.fi/", "Hankkeen kotisivu")])));
            await content.PublishAsync(project.ContentItemId);
        });

        var page = await HtmlPages.GetPageAsync(client, $"/{site.Name}/{project.Slug}");

        var link = Assert.Single(page.QuerySelectorAll(".project-links a"));
        Assert.Equal(("https://kylakauppa.example.fi/", "Hankkeen kotisivu"), (link.GetAttribute("href"), link.TextContent));
    }

    [Fact]
    public async Task Link_that_is_not_a_web_address_is_refused()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var project = await TestProjects.AddAsync(host, site, TestProjects.Card("Kyläkauppa"));

        var change = () => host.InTenantAsync(site, content => content.UpdateDraftAsync(project.ContentItemId,
            draft => draft.Apply(new ProjectLinksPart([new ProjectLink("javascript:alert(1)", "Kotisivu")]))));

        var refused = await Assert.ThrowsAsync<ContentValidationException>(change);
        Assert.Equal((nameof(ProjectLinksPart), nameof(ProjectLinksPart.Links)), (refused.Errors[0].Part, refused.Errors[0].Field));
    }
}
