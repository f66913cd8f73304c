using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Mail;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Accounts;

/// <summary>A change of address on the user's own account page takes effect by a mailed link; an administrator's at once.</summary>
[Collection(MailPortalCollection.Name)]
public sealed class EmailChangeTests(MailPortal portal)
{
    private const string BrokenLink = "Vahvistuslinkki ei kelpaa";

    [Fact]
    public async Task Own_new_address_gets_a_link_and_the_old_a_notice_and_the_address_changes_only_by_the_link_once()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("toimittaja", "vanha.toimittaja@example.fi", "Editor");
        var editor = await site.LogInAsync("toimittaja");

        var asked = await AskAsync(site, editor, "uusi.toimittaja@example.fi");
        var confirmation = await portal.MailToAsync("uusi.toimittaja@example.fi", "Vahvista uusi sähköpostiosoitteesi");
        var notice = await portal.MailToAsync("vanha.toimittaja@example.fi", "Tilisi sähköpostiosoite");
        var before = (await site.FindUserAsync("toimittaja"))!.Email;
        var link = MailPortal.LinkTo(confirmation, "vahvista-sahkoposti");
        var stranger = site.NewClient();
        var shown = await stranger.GetAsync(link);
        var confirmed = await HtmlPages.SubmitAsync(stranger, link, "main form", new Dictionary<string, string>());
        var again = await site.NewClient().GetAsync(link);
        var after = await site.FindUserAsync("toimittaja");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal($"Vahvista uusi sähköpostiosoitteesi sivustolla {site.Tenant.DisplayName}", confirmation.Subject);
        Assert.StartsWith($"http://localhost/{site.Tenant.Name}/vahvista-sahkoposti?user=", link);
        Assert.Contains("uusi.toimittaja@example.fi", notice.TextBody);
        Assert.DoesNotContain("vahvista-sahkoposti", notice.TextBody);
        Assert.Equal("vanha.toimittaja@example.fi", before);
        Assert.Equal("no-referrer", shown.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Käyttäjän toimittaja osoite on nyt uusi.toimittaja@example.fi.", await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(("uusi.toimittaja@example.fi", true), (after!.Email, after.EmailConfirmed));
        Assert.Contains(BrokenLink, await again.Content.ReadAsStringAsync());
        Assert.Contains(await site.AuditAsync(), e => e.Action == "UserEmailChanged" && e.SubjectId == "toimittaja");
    }

    [Fact]
    public async Task A_link_older_than_two_hours_gets_a_message_while_a_younger_one_asks_to_confirm()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("hidas", "hidas@example.fi", "Editor");
        await AskAsync(site, await site.LogInAsync("hidas"), "hidas.uusi@example.fi");
        var link = MailPortal.LinkTo(await portal.MailToAsync("hidas.uusi@example.fi", "Vahvista"), "vahvista-sahkoposti");
        var purpose = UserManager<IdentityUser>.GetChangeEmailTokenPurpose("hidas.uusi@example.fi");

        var expired = await site.NewClient().GetAsync(await BackdatedTokens.LinkAsync(portal.Host.Services, site.Tenant, link, BackdatedTokens.DefaultProvider, purpose, TimeSpan.FromMinutes(125)));
        var young = await site.NewClient().GetAsync(await BackdatedTokens.LinkAsync(portal.Host.Services, site.Tenant, link, BackdatedTokens.DefaultProvider, purpose, TimeSpan.FromMinutes(115)));

        Assert.Contains(BrokenLink, await expired.Content.ReadAsStringAsync());
        var youngPage = await UsersSite.ParseAsync(young);
        Assert.DoesNotContain(BrokenLink, youngPage.QuerySelector("main")!.TextContent);
        Assert.NotNull(youngPage.QuerySelector("main form button"));
        Assert.Equal("hidas@example.fi", (await site.FindUserAsync("hidas"))!.Email);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("email")]
    [InlineData("site")]
    public async Task A_tampered_link_or_one_taken_to_another_site_gets_a_message_and_changes_nothing(string tampered)
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        var other = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("kirjoittaja", $"kirjoittaja.{tampered}@example.fi", "Author");
        await other.AddUserWithEmailAsync("kirjoittaja", $"toinen.{tampered}@example.fi", "Author");
        await AskAsync(site, await site.LogInAsync("kirjoittaja"), $"uusi.{tampered}@example.fi");
        var link = MailPortal.LinkTo(await portal.MailToAsync($"uusi.{tampered}@example.fi", "Vahvista"), "vahvista-sahkoposti");
        var user = (await site.FindUserAsync("kirjoittaja"))!;
        link = tampered switch
        {
            "token" => link.Replace("&token=", "&token=A", StringComparison.Ordinal),
            "email" => link.Replace($"uusi.{tampered}%40example.fi", "hyokkaaja%40example.fi", StringComparison.Ordinal),
            _ => link.Replace($"/{site.Tenant.Name}/", $"/{other.Tenant.Name}/", StringComparison.Ordinal)
                .Replace(user.Id, (await other.FindUserAsync("kirjoittaja"))!.Id, StringComparison.Ordinal),
        };

        var shown = await site.NewClient().GetAsync(link);
        var posted = await PostConfirmationAsync(site.NewClient(), link);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(BrokenLink, await shown.Content.ReadAsStringAsync());
        Assert.Contains(BrokenLink, await posted.Content.ReadAsStringAsync());
        Assert.Equal($"kirjoittaja.{tampered}@example.fi", (await site.FindUserAsync("kirjoittaja"))!.Email);
        Assert.Equal($"toinen.{tampered}@example.fi", (await other.FindUserAsync("kirjoittaja"))!.Email);
    }

    [Theory]
    [InlineData("ei-osoite", "Anna kelvollinen sähköpostiosoite")]
    [InlineData("", "Anna kelvollinen sähköpostiosoite")]
    [InlineData("sama@example.fi", "Tilin osoite on jo sama@example.fi.")]
    public async Task A_bad_or_unchanged_address_is_explained_next_to_its_field_and_mails_nothing(string email, string message)
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("toimittaja", "sama@example.fi", "Editor");

        var response = await AskAsync(site, await site.LogInAsync("toimittaja"), email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await UsersSite.ParseAsync(response)).QuerySelector("#NewEmail-error")?.TextContent);
        Assert.Empty(await OutboxAsync(site));
    }

    [Fact]
    public async Task An_administrator_changes_an_address_at_once_and_the_old_address_is_told_in_the_users_language()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("redaktor", "gammal.redaktor@example.fi", "Editor");
        await TenantUsers.ChooseLanguageAsync(await site.LogInAsync("redaktor"), $"/{site.Tenant.Name}/", "sv");
        var admin = await site.LogInAsync(UsersSite.Admin);
        var user = (await site.FindUserAsync("redaktor"))!;

        var response = await site.SubmitAsync(admin, $"admin/kayttajat/{user.Id}", "form.user-email", new() { ["NewEmail"] = "ny.redaktor@example.fi" });
        var notice = await portal.MailToAsync("gammal.redaktor@example.fi", site.Tenant.DisplayName);
        var page = await HtmlPages.GetPageAsync(admin, site.Url($"admin/kayttajat/{user.Id}?tallennettu=sahkoposti"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("ny.redaktor@example.fi", (await site.FindUserAsync("redaktor"))!.Email);
        Assert.Equal($"E-postadressen för ditt konto på {site.Tenant.DisplayName}", notice.Subject);
        Assert.Contains("från gammal.redaktor@example.fi till ny.redaktor@example.fi", notice.TextBody);
        Assert.Contains("vanhaan osoitteeseen lähetettiin tieto", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Contains(await site.AuditAsync(), e => e.Action == "UserEmailChanged" && e.UserName == UsersSite.Admin);
    }

    [Fact]
    public async Task An_administrators_bad_address_is_explained_next_to_the_field_and_changes_nothing()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("toimittaja", "pysyy@example.fi", "Editor");
        var user = (await site.FindUserAsync("toimittaja"))!;

        var response = await site.SubmitAsync(await site.LogInAsync(UsersSite.Admin), $"admin/kayttajat/{user.Id}", "form.user-email",
            new() { ["NewEmail"] = "pysyy@" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Anna kelvollinen sähköpostiosoite", (await UsersSite.ParseAsync(response)).QuerySelector("#NewEmail-error")?.TextContent);
        Assert.Equal("pysyy@example.fi", (await site.FindUserAsync("toimittaja"))!.Email);
        Assert.Empty(await OutboxAsync(site));
    }

    private static Task<HttpResponseMessage> AskAsync(UsersSite site, HttpClient client, string email) =>
        site.SubmitAsync(client, "admin/tili", "form.account-email", new() { ["NewEmail"] = email });

    // A broken link's page has no form; the POST a stale page would make is sent with a token of the site's own.
    private static async Task<HttpResponseMessage> PostConfirmationAsync(HttpClient client, string link)
    {
        var root = link[..(link.IndexOf("/vahvista-sahkoposti", StringComparison.Ordinal) + 1)];
        var login = await HtmlPages.GetPageAsync(client, root + "login");
        var token = UsersSite.Token(login.QuerySelector("main form")!);
        return await client.PostAsync(link, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private static Task<List<QueuedMail>> OutboxAsync(UsersSite site) =>
        site.InTenantAsync<TenantDbContext, List<QueuedMail>>(db => db.Set<QueuedMail>().AsNoTracking().ToListAsync());
}
