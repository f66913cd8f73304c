using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests.Privacy;

[Collection(PortalCollection.Name)]
public sealed class PrivacyStatementTests(PortalHost host)
{
    [Fact]
    public async Task Privacy_statement_names_the_site_as_controller_and_covers_accessibility_feedback_and_the_persons_rights()
    {
        var site = await StatementSite.CreateAsync(host);

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("tietosuoja"));

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Equal("Tietosuojaseloste", page.QuerySelector("h1")?.TextContent);
        Assert.Contains($"{site.Tenant.DisplayName}\nhttp://localhost/{site.Tenant.Name}/", text, StringComparison.Ordinal);
        Assert.Contains("Saavutettavuuspalaute", text, StringComparison.Ordinal);
        Assert.Contains("tietosuoja-asetuksen artiklat 15–21", text, StringComparison.Ordinal);
        Assert.Contains("www.tietosuoja.fi", text, StringComparison.Ordinal);
        Assert.DoesNotContain("liittymispyynnöt", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_site_with_networks_tells_how_long_it_keeps_join_requests_by_its_own_setting()
    {
        var site = await StatementSite.CreateAsync(host, settings: """{ "NetworkSettings": { "joinRequestRetentionMonths": 6 } }""", features: "\"Networks\"");

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("sv/tietosuoja"));

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Begäranden om att gå med i ett nätverk", text, StringComparison.Ordinal);
        Assert.Contains("raderas automatiskt 6 månader efter att den skickades", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_administrator_names_the_controller_and_adds_to_the_statement()
    {
        var site = await StatementSite.CreateAsync(host, settings: """
            { "StatementSettings": { "privacyController": "Kylät ry, Kylätie 1, 40100 Jyväskylä", "privacyAdditions": "Jäsenrekisteri on erillinen." } }
            """);

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("tietosuoja"));

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Kylät ry, Kylätie 1, 40100 Jyväskylä", text, StringComparison.Ordinal);
        Assert.Contains("Jäsenrekisteri on erillinen.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feedback_form_links_to_the_privacy_statement()
    {
        var site = await StatementSite.CreateAsync(host);

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("en/saavutettavuus"));

        Assert.NotNull(page.QuerySelector($"form.feedback-form a[href='{site.Url("en/tietosuoja")}']"));
    }
}
