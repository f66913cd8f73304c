using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests.Accessibility;

[Collection(PortalCollection.Name)]
public sealed class AccessibilityStatementTests(PortalHost host)
{
    [Fact]
    public async Task Statement_is_filled_with_the_sites_name_address_and_date_and_names_the_supervising_authority()
    {
        var site = await StatementSite.CreateAsync(host, settings: """{ "StatementSettings": { "statementDate": "2026-09-23" } }""");

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("saavutettavuus"));

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Equal("Saavutettavuusseloste", page.QuerySelector("h1")?.TextContent);
        Assert.Contains($"koskee verkkosivustoa {site.Tenant.DisplayName} osoitteessa http://localhost/{site.Tenant.Name}/. Seloste on laadittu 23.9.2026.", text, StringComparison.Ordinal);
        Assert.Contains("täyttää WCAG 2.1 -tason AA saavutettavuusvaatimukset osittain", text, StringComparison.Ordinal);
        Assert.Contains("Traficom", text, StringComparison.Ordinal);
        Assert.Contains("Etelä-Suomen aluehallintovirasto", text, StringComparison.Ordinal);
        Assert.Contains("029 534 5000", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='mailto:saavutettavuus@traficom.fi']"));
        Assert.NotNull(page.QuerySelector("a[href='https://www.saavutettavuusvaatimukset.fi/']"));
    }

    [Theory]
    [InlineData("sv/", "Tillgänglighetsutlåtande", "Dataskyddsbeskrivning")]
    [InlineData("en/", "Accessibility statement", "Privacy statement")]
    [InlineData("", "Saavutettavuusseloste", "Tietosuojaseloste")]
    public async Task Every_public_page_links_both_statements_from_its_footer_in_the_pages_language(string language, string accessibility, string privacy)
    {
        var site = await StatementSite.CreateAsync(host);

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url(language));

        var links = page.QuerySelectorAll("footer a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains((accessibility, site.Url(language + "saavutettavuus")), links);
        Assert.Contains((privacy, site.Url(language + "tietosuoja")), links);
        Assert.Equal(HttpStatusCode.OK, (await site.NewClient().GetAsync(site.Url(language + "saavutettavuus"))).StatusCode);
    }

    [Fact]
    public async Task Administrator_edits_the_statement_and_the_page_shows_the_sites_own_words()
    {
        var site = await StatementSite.CreateAsync(host);
        var admin = await site.LogInAsync();

        var saved = await HtmlPages.SubmitAsync(admin, site.Url("admin/selosteet"), "main form", new Dictionary<string, string>
        {
            ["Input.StatementDate"] = "2026-11-30",
            ["Input.FeedbackEmail"] = "palaute@example.fi",
            ["Input.ComplianceStatus"] = "Sivusto täyttää vaatimukset.",
            ["Input.KnownShortcomings"] = "Vanhat PDF-liitteet eivät ole saavutettavia.",
        });
        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("saavutettavuus"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Seloste on laadittu 30.11.2026.", text, StringComparison.Ordinal);
        Assert.Contains("Sivusto täyttää vaatimukset.", text, StringComparison.Ordinal);
        Assert.Contains("Vanhat PDF-liitteet eivät ole saavutettavia.", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='mailto:palaute@example.fi']"));
    }

    [Fact]
    public async Task The_statement_shows_the_sites_swedish_text_on_swedish_pages_and_the_finnish_one_marked_as_finnish_where_none_is_written()
    {
        var site = await StatementSite.CreateAsync(host);
        var admin = await site.LogInAsync();

        var saved = await HtmlPages.SubmitAsync(admin, site.Url("admin/selosteet"), "main form", new Dictionary<string, string>
        {
            ["Input.ComplianceStatus"] = "Sivusto täyttää vaatimukset.",
            ["Input.Swedish.ComplianceStatus"] = "Webbplatsen uppfyller kraven.",
            ["Input.KnownShortcomings"] = "Vanhat PDF-liitteet eivät ole saavutettavia.",
            ["Input.English.KnownShortcomings"] = "  ",
        });
        var swedish = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("sv/saavutettavuus"));
        var english = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("en/saavutettavuus"));
        var form = await HtmlPages.GetPageAsync(admin, site.Url("admin/selosteet"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var swedishTexts = swedish.QuerySelectorAll(".statement-text").Select(p => (p.TextContent, p.GetAttribute("lang"))).ToList();
        Assert.Equal([("Webbplatsen uppfyller kraven.", "sv"), ("Vanhat PDF-liitteet eivät ole saavutettavia.", "fi")], swedishTexts[..2]);
        var englishTexts = english.QuerySelectorAll(".statement-text").Select(p => (p.TextContent, p.GetAttribute("lang"))).ToList();
        Assert.Equal([("Sivusto täyttää vaatimukset.", "fi"), ("Vanhat PDF-liitteet eivät ole saavutettavia.", "fi")], englishTexts[..2]);
        Assert.Equal("Webbplatsen uppfyller kraven.", form.QuerySelector("textarea#Input_Swedish_ComplianceStatus")?.TextContent);
        Assert.Equal("sv", form.QuerySelector("textarea#Input_Swedish_ComplianceStatus")?.GetAttribute("lang"));
        Assert.Equal("", form.QuerySelector("textarea#Input_English_KnownShortcomings")?.TextContent);
    }

    [Fact]
    public async Task A_too_long_swedish_text_is_refused_with_a_message_beside_its_field()
    {
        var site = await StatementSite.CreateAsync(host);
        var admin = await site.LogInAsync();

        var refused = await HtmlPages.SubmitAsync(admin, site.Url("admin/selosteet"), "main form",
            new Dictionary<string, string> { ["Input.Swedish.PrivacyAdditions"] = new string('x', StatementTexts.TextMaxLength + 1) });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Input_Swedish_PrivacyAdditions-error", page.QuerySelector("textarea#Input_Swedish_PrivacyAdditions")?.GetAttribute("aria-describedby"));
        Assert.Equal("Tekstissä voi olla enintään 4000 merkkiä.", page.QuerySelector("#Input_Swedish_PrivacyAdditions-error")?.TextContent);
    }

    [Fact]
    public async Task A_malformed_feedback_address_is_refused_with_a_message_and_nothing_is_saved()
    {
        var site = await StatementSite.CreateAsync(host);
        var admin = await site.LogInAsync();

        var refused = await HtmlPages.SubmitAsync(admin, site.Url("admin/selosteet"), "main form",
            new Dictionary<string, string> { ["Input.FeedbackEmail"] = "palaute.example.fi", ["Input.ComplianceStatus"] = "Ei tallennu." });
        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("saavutettavuus"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ei tallennu.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_the_permission_cannot_edit_the_statements()
    {
        var site = await StatementSite.CreateAsync(host);
        await site.AddUserAsync("kirjoittaja", "kirjoittaja@example.fi", "Author");
        var author = await site.LogInAsync("kirjoittaja");

        var response = await author.GetAsync(site.Url("admin/selosteet"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
