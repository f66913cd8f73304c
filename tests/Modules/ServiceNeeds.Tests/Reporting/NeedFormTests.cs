using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests.Reporting;

[Collection(PortalCollection.Name)]
public sealed class NeedFormTests(PortalHost host)
{
    [Theory]
    [InlineData("", "Ilmoita palvelutarve", "Kotiapu ja asiointi")]
    [InlineData("sv/", "Anmäl ett servicebehov", "Hemhjälp och ärenden")]
    [InlineData("en/", "Report a service need", "Home help and errands")]
    public async Task Form_asks_in_the_pages_language_with_the_sites_service_fields_and_villages(string language, string heading, string field)
    {
        var site = await NeedSite.CreateAsync(host);

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url(language + "palvelutarpeet/uusi"));

        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Contains(field, page.QuerySelectorAll("#Input_ServiceField option").Select(o => o.TextContent));
        Assert.Contains("Kolkanpää", page.QuerySelectorAll("#Input_Place option").Select(o => o.TextContent));
        Assert.Contains("Saarijärvi", page.QuerySelectorAll("#Input_Place option").Select(o => o.TextContent));
        Assert.NotNull(page.QuerySelector("form.need-form input[name=__RequestVerificationToken]"));
        Assert.NotNull(page.QuerySelector($"form.need-form a[href='{site.Url(language + "tietosuoja")}']"));
        Assert.All(page.QuerySelectorAll("form.need-form fieldset.choices"), f => Assert.NotNull(f.QuerySelector("legend")));
    }

    [Fact]
    public async Task A_valid_need_gets_a_reference_and_a_status_link_and_the_reporter_and_coordinator_are_mailed()
    {
        var site = await NeedSite.CreateAsync(host);

        var statusPath = await site.ReportNeedAsync();
        var status = await HtmlPages.GetPageAsync(site.NewClient(), statusPath + "?uusi=1");

        var need = Assert.Single(await site.NeedsAsync());
        Assert.Equal(NeedStatus.New, need.Status);
        Assert.Equal("saarijarvi", need.Municipality);
        Assert.Equal("Aino Asukas", need.PersonName);
        Assert.Contains(need.Reference, status.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vastaanotettu", status.QuerySelector(".need-status")!.TextContent, StringComparison.Ordinal);
        var confirmation = await site.MailAsync("ville@example.fi", need.Reference);
        Assert.Equal(statusPath, NeedSite.LinkIn(confirmation, "/palvelutarpeet/tila/"));
        var notice = await site.MailAsync(NeedSite.CoordinatorEmail, need.Reference);
        Assert.Contains($"/{site.Tenant.Name}/admin/palvelutarpeet/{need.Id}", notice.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporter_is_mailed_in_the_language_they_wrote_in()
    {
        var site = await NeedSite.CreateAsync(host);

        var response = await site.ReportAsync(site.NewClient(), NeedSite.ValidNeed(), "sv/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(site.Url("sv/palvelutarpeet/tila/"), response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var need = Assert.Single(await site.NeedsAsync());
        var mail = await site.MailAsync("ville@example.fi", need.Reference);
        Assert.Contains("Servicebehov", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(site.Url("sv/palvelutarpeet/tila/"), mail.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Description", "", "Kuvaile, mitä tarvitaan.")]
    [InlineData("Input.ServiceField", "ei-tallaista", "Valitse palvelukenttä.")]
    [InlineData("Input.Place", "villages/atlantis", "Valitse kylä tai kunta.")]
    [InlineData("Input.Urgency", "heti-paikalla", "Valitse, kuinka kiireellinen tarve on.")]
    [InlineData("Input.NeededBy", "2020-01-01", "Päivämäärä ei voi olla menneisyydessä.")]
    [InlineData("Input.NeededBy", "31.13.2026", "Anna päivämäärä päivänä, kuukautena ja vuotena.")]
    [InlineData("Input.PersonConsent", "false", "Vahvista, että henkilö, jonka puolesta ilmoitat, on suostunut siihen.")]
    [InlineData("Input.Email", "ville.example.fi", "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    [InlineData("Input.Phone", "", "Anna puhelinnumero tai valitse yhteydenottotavaksi sähköposti.")]
    [InlineData("Input.Consent", "false", "Anna suostumuksesi, jotta voimme välittää tarpeen eteenpäin.")]
    public async Task Bad_input_is_shown_again_with_a_message_linked_to_its_field_and_nothing_is_stored(string field, string value, string message)
    {
        var site = await NeedSite.CreateAsync(host);
        var fields = NeedSite.ValidNeed();
        fields[field] = value;

        var response = await site.ReportAsync(site.NewClient(), fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var id = field.Replace('.', '_');
        Assert.Contains(message, page.QuerySelector($"#{id}-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal($"#{id}", page.QuerySelector(".error-summary a")?.GetAttribute("href"));
        Assert.Empty(await site.NeedsAsync());
        Assert.Empty(site.SentMails());
    }

    [Fact]
    public async Task A_post_without_any_fields_gets_messages_not_an_error_page()
    {
        var site = await NeedSite.CreateAsync(host);

        var response = await site.ReportAsync(site.NewClient(), new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelectorAll(".error-summary li").Length);
    }

    [Fact]
    public async Task A_bot_filling_in_the_honeypot_is_thanked_and_nothing_is_stored()
    {
        var site = await NeedSite.CreateAsync(host);
        var fields = NeedSite.ValidNeed();
        fields["Input.Website"] = "https://roskaa.example";

        var response = await site.ReportAsync(site.NewClient(), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await site.NeedsAsync());
    }

    [Theory]
    [InlineData("palvelutarpeet/tila/eioleolemassa")]
    [InlineData("palvelutarpeet/tila/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("palvelutarpeet/tarjous/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_or_malformed_token_is_not_found(string path)
    {
        var site = await NeedSite.CreateAsync(host);

        var response = await site.NewClient().GetAsync(site.Url(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_site_without_the_feature_has_no_form()
    {
        var tenant = await host.CreateSiteAsync();

        var response = await host.CreateClient().GetAsync($"/{tenant.Name}/palvelutarpeet/uusi");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
