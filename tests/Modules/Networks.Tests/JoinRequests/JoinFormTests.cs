using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests.JoinRequests;

[Collection(PortalCollection.Name)]
public sealed class JoinFormTests(PortalHost host)
{
    [Fact]
    public async Task Visitor_sends_a_join_request_that_is_stored_and_is_thanked_on_the_network_page()
    {
        var site = await NetworkSite.CreateAsync(host);
        var client = site.NewClient();
        var before = DateTime.UtcNow;

        var response = await site.SendJoinRequestAsync(client, NetworkSite.ValidForm());
        var thanked = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{site.NetworkUrl}?liittymispyynto=lahetetty", response.Headers.Location?.OriginalString);
        Assert.Contains("Kiitos! Liittymispyyntösi on lähetetty.", thanked, StringComparison.Ordinal);
        var request = Assert.Single(await site.RequestsAsync());
        Assert.Equal((NetworkSite.NetworkId, "Liisa Lähettäjä", "liisa@example.fi", "040 123 4567", "Haluaisin mukaan kyläiltoihin."),
            (request.NetworkContentItemId, request.Name, request.Email, request.Phone, request.Message));
        Assert.True(request.ConsentGiven);
        Assert.InRange(request.CreatedUtc, before, DateTime.UtcNow);
        Assert.Null(request.HandledUtc);
    }

    [Fact]
    public async Task A_join_request_mails_the_contact_person_and_confirms_to_the_visitor_what_they_consented_to()
    {
        var site = await NetworkSite.CreateAsync(host);

        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());

        var mails = await Eventually.ValueAsync(() => Task.FromResult(site.SentMails() is { Count: 2 } sent ? sent : null), "two mails");
        var toContact = Assert.Single(mails, m => m.To.ToString() == NetworkSite.ContactEmail);
        var toVisitor = Assert.Single(mails, m => m.To.ToString() == "liisa@example.fi");
        Assert.Contains("Liisa Lähettäjä pyytää liittyä verkostoon Kyläverkosto.", toContact.TextBody, StringComparison.Ordinal);
        Assert.Contains("Haluaisin mukaan kyläiltoihin.", toContact.TextBody, StringComparison.Ordinal);
        Assert.Contains("liittymispyynnot", toContact.TextBody, StringComparison.Ordinal);
        Assert.Contains("Annoit tämän suostumuksen:", toVisitor.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hyväksyn, että tietoni tallennetaan", toVisitor.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_join_request_also_mails_the_users_who_follow_join_requests_each_once_in_their_own_language()
    {
        var site = await NetworkSite.CreateAsync(host);
        await AddAccountAsync(site, "seuraaja", "seuraaja@example.fi", "Editor", language: "sv");
        await AddAccountAsync(site, "kontakti", NetworkSite.ContactEmail, "Editor");
        await AddAccountAsync(site, "kirjoittaja", "kirjoittaja@example.fi", "Author");

        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());

        var mails = await Eventually.ValueAsync(() => Task.FromResult(site.SentMails() is { Count: 3 } sent ? sent : null), "three mails");
        var toFollower = Assert.Single(mails, m => m.To.ToString() == "seuraaja@example.fi");
        Assert.Single(mails, m => m.To.ToString() == NetworkSite.ContactEmail);
        Assert.DoesNotContain(mails, m => m.To.ToString() == "kirjoittaja@example.fi");
        Assert.Equal("Begäran om att gå med i Kyläverkosto", toFollower.Subject);
        Assert.Contains($"/{site.Tenant.Name}/admin/liittymispyynnot", toFollower.TextBody, StringComparison.Ordinal);
    }

    private async Task AddAccountAsync(NetworkSite site, string userName, string email, string role, string? language = null)
    {
        var problems = await host.InTenantAsync<ITenantAccounts, IReadOnlyList<string>>(site.Tenant,
            accounts => accounts.CreateAsync(new NewAccount(userName, email, TenantUsers.Password, [role])));
        Assert.Empty(problems);
        if (language is not null)
        {
            await host.InTenantAsync<UserManager<IdentityUser>, IdentityResult>(site.Tenant, async users =>
                await users.AddClaimAsync((await users.FindByNameAsync(userName))!, new Claim("vp:ui-culture", language)));
        }
    }

    [Theory]
    [InlineData("Input.Consent", "false", "Consent", "Anna suostumuksesi, jotta voimme välittää pyyntösi eteenpäin.")]
    [InlineData("Input.Email", "liisa.example.fi", "Email", "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")]
    [InlineData("Input.Name", "", "Name", "Kirjoita nimesi.")]
    [InlineData("Input.Message", null, "Message", "Viesti voi olla enintään 2000 merkkiä pitkä.")]
    public async Task Invalid_request_is_shown_again_with_the_error_tied_to_its_field_and_nothing_is_stored(
        string field, string? value, string id, string message)
    {
        var site = await NetworkSite.CreateAsync(host);
        var form = NetworkSite.ValidForm();
        form[field] = value ?? new string('x', 2001);

        var response = await site.SendJoinRequestAsync(site.NewClient(), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var input = page.GetElementById($"Input_{id}")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var describedBy = input.GetAttribute("aria-describedby")!.Split(' ');
        Assert.Contains(describedBy, d => page.GetElementById(d)?.TextContent == $"Virhe: {message}");
        var summary = page.QuerySelector(".error-summary")!;
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal($"#Input_{id}", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(message, summary.QuerySelector("a")!.TextContent);
        Assert.Empty(await site.RequestsAsync());
    }

    [Fact]
    public async Task Invalid_request_keeps_what_the_visitor_wrote()
    {
        var site = await NetworkSite.CreateAsync(host);
        var form = NetworkSite.ValidForm();
        form["Input.Consent"] = "false";

        var response = await site.SendJoinRequestAsync(site.NewClient(), form);

        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Liisa Lähettäjä", page.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.Equal("Haluaisin mukaan kyläiltoihin.", page.GetElementById("Input_Message")!.TextContent.Trim());
    }

    [Fact]
    public async Task Filled_honeypot_pretends_success_and_stores_nothing()
    {
        var site = await NetworkSite.CreateAsync(host);
        var form = NetworkSite.ValidForm();
        form["Input.Website"] = "https://spam.example";

        var response = await site.SendJoinRequestAsync(site.NewClient(), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{site.NetworkUrl}?liittymispyynto=lahetetty", response.Headers.Location?.OriginalString);
        Assert.Empty(await site.RequestsAsync());
    }

    [Fact]
    public async Task Honeypot_is_hidden_from_screen_readers_and_out_of_the_tab_order()
    {
        var site = await NetworkSite.CreateAsync(host);

        var page = new HtmlParser().ParseDocument(await site.NewClient().GetStringAsync(site.NetworkUrl));

        var honeypot = page.GetElementById("Input_Website")!;
        Assert.Equal("true", honeypot.ParentElement!.GetAttribute("aria-hidden"));
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("off", honeypot.GetAttribute("autocomplete"));
    }

    [Fact]
    public async Task Request_without_antiforgery_token_is_refused_and_not_stored()
    {
        var site = await NetworkSite.CreateAsync(host);

        var response = await site.NewClient().PostAsync(site.Url("verkostot/kylaverkosto/liity"), new FormUrlEncodedContent(NetworkSite.ValidForm()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await site.RequestsAsync());
    }

    [Fact]
    public async Task Join_page_of_an_unknown_network_is_not_found()
    {
        var site = await NetworkSite.CreateAsync(host);

        var response = await site.NewClient().GetAsync(site.Url("verkostot/ei-ole/liity"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Required_fields_are_marked_in_their_label_text()
    {
        var site = await NetworkSite.CreateAsync(host);

        var page = new HtmlParser().ParseDocument(await site.NewClient().GetStringAsync(site.NetworkUrl));

        Assert.Equal("Nimi (pakollinen)", page.QuerySelector("label[for=Input_Name]")!.TextContent);
        Assert.Equal("Sähköposti (pakollinen)", page.QuerySelector("label[for=Input_Email]")!.TextContent);
        Assert.Contains("(pakollinen)", page.QuerySelector("label[for=Input_Consent]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Puhelin (vapaaehtoinen)", page.QuerySelector("label[for=Input_Phone]")!.TextContent);
    }
}
