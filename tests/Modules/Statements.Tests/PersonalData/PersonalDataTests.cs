using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.AuditTrail;
using Verkostoportaali.Networks.JoinRequests;
using Verkostoportaali.Statements.Tests.Accessibility;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests.PersonalData;

[Collection(PortalCollection.Name)]
public sealed class PersonalDataTests(PortalHost host)
{
    private const string AdminPath = "admin/henkilotiedot";
    private const string Person = "veera@example.fi";

    [Fact]
    public async Task Administrator_sees_what_every_form_kept_about_an_address_and_nothing_about_others()
    {
        var site = await SiteWithDataAsync();
        var admin = await site.LogInAsync();

        var response = await HtmlPages.SubmitAsync(admin, site.Url(AdminPath), "main form", new Dictionary<string, string> { ["Email"] = "VEERA@example.fi" });

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Saavutettavuuspalaute", text, StringComparison.Ordinal);
        Assert.Contains("Kuvilta puuttuu tekstivastine.", text, StringComparison.Ordinal);
        Assert.Contains("Liittymispyyntö", text, StringComparison.Ordinal);
        Assert.Contains("Haluan mukaan.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("muu@example.fi", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_data_downloads_as_json_with_each_records_kind_and_fields()
    {
        var site = await SiteWithDataAsync();
        var admin = await site.LogInAsync();

        var response = await HtmlPages.SubmitAsync(admin, site.Url(AdminPath), "main form", new Dictionary<string, string> { ["Email"] = Person });
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var download = page.QuerySelectorAll("form").Single(f => f.GetAttribute("action")?.Contains("handler=Download", StringComparison.Ordinal) == true);
        var json = await PostAsync(admin, download);

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var kinds = document.RootElement.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).Order().ToList();
        Assert.Equal(["Liittymispyyntö", "Saavutettavuuspalaute"], kinds);
        Assert.Equal(Person, document.RootElement.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Erasing_after_the_confirm_page_deletes_the_persons_records_only_and_audits_it()
    {
        var site = await SiteWithDataAsync();
        var admin = await site.LogInAsync();
        var found = await HtmlPages.SubmitAsync(admin, site.Url(AdminPath), "main form", new Dictionary<string, string> { ["Email"] = Person });
        var page = new HtmlParser().ParseDocument(await found.Content.ReadAsStringAsync());
        var delete = page.QuerySelectorAll("form").Single(f => f.GetAttribute("action")?.EndsWith("/poista", StringComparison.Ordinal) == true);

        var confirmPage = await PostAsync(admin, delete);
        var keptBeforeConfirming = (await site.FeedbackAsync()).Count;
        var confirm = new HtmlParser().ParseDocument(await confirmPage.Content.ReadAsStringAsync()).QuerySelector("main form")!;
        var erased = await PostAsync(admin, confirm);

        Assert.Equal(2, keptBeforeConfirming);
        Assert.Contains("Poistetaanko kaikki 2 tietuetta", await confirmPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal(["muu@example.fi"], (await site.FeedbackAsync()).Select(f => f.Email));
        Assert.Equal(["muu@example.fi"], await site.QueryAsync(db => db.Set<JoinRequest>().Select(r => r.Email).ToListAsync()));
        Assert.Equal(["PersonalDataErased"], await site.QueryAsync(db => db.Set<AuditEntry>()
            .Where(e => e.Action == "PersonalDataErased").Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_malformed_address_is_refused_with_a_message()
    {
        var site = await SiteWithDataAsync();
        var admin = await site.LogInAsync();

        var response = await HtmlPages.SubmitAsync(admin, site.Url(AdminPath), "main form", new Dictionary<string, string> { ["Email"] = "veera" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_without_networks_searches_only_the_forms_it_runs()
    {
        var site = await StatementSite.CreateAsync(host);
        await FeedbackAdminTests.AddFeedbackAsync(site, Person, DateTime.UtcNow);
        var admin = await site.LogInAsync();

        var response = await HtmlPages.SubmitAsync(admin, site.Url(AdminPath), "main form", new Dictionary<string, string> { ["Email"] = Person });

        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Saavutettavuuspalaute", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Liittymispyyntö", text, StringComparison.Ordinal);
    }

    // Posts a form of a page as the browser would: the person's address and the form's own antiforgery token.
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IElement form) =>
        client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Person,
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));

    private async Task<StatementSite> SiteWithDataAsync()
    {
        var site = await StatementSite.CreateAsync(host, features: "\"Networks\", \"AuditTrail\"");
        await FeedbackAdminTests.AddFeedbackAsync(site, Person, DateTime.UtcNow.AddDays(-2));
        await FeedbackAdminTests.AddFeedbackAsync(site, "muu@example.fi", DateTime.UtcNow.AddDays(-1));
        await site.InTenantAsync(db =>
        {
            db.AddRange(
                new JoinRequest { NetworkContentItemId = "verkosto", Name = "Veera", Email = Person, Message = "Haluan mukaan.", ConsentGiven = true, CreatedUtc = DateTime.UtcNow },
                new JoinRequest { NetworkContentItemId = "verkosto", Name = "Muu", Email = "muu@example.fi", ConsentGiven = true, CreatedUtc = DateTime.UtcNow });
            return db.SaveChangesAsync();
        });
        return site;
    }
}
