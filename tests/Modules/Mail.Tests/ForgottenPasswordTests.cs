using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests;

/// <summary>The forgotten-password pages of the Users module, with the mail going through a real SMTP server.</summary>
[Collection(SmtpCollection.Name)]
public sealed class ForgottenPasswordTests(SmtpPortal portal)
{
    private const string Answer = "Jos tunnus on olemassa ja sillä on sähköpostiosoite, siihen lähetettiin linkki uuden salasanan asettamiseen.";
    private const string BrokenLink = "Linkki ei kelpaa";

    [Fact]
    public async Task The_link_in_the_mail_sets_a_new_password_once()
    {
        var site = await MailSite.CreateAsync(portal.Host, "unohtelija", "unohtelija@example.fi");
        var client = site.NewClient();

        var answer = await site.AskForLinkAsync(client, "unohtelija");
        var mail = await Eventually.ValueAsync(() => Task.FromResult(portal.Smtp.MessagesTo("unohtelija@example.fi").FirstOrDefault()), "the mail at the SMTP server");
        var link = MailSite.ResetLink(mail);
        var reset = await MailSite.SetPasswordAsync(client, link, MailSite.NewPassword);
        var login = await site.PostLoginAsync(site.NewClient(), "unohtelija", MailSite.NewPassword);
        var again = await client.GetAsync(link);

        Assert.Equal(Answer, answer);
        Assert.Equal(site.Tenant.DisplayName, mail.From.Mailboxes.Single().Name);
        Assert.Equal(MailSite.From, mail.From.Mailboxes.Single().Address);
        Assert.Contains(site.Tenant.DisplayName, mail.TextBody);
        Assert.Contains($"http://localhost/{site.Tenant.Name}/", mail.TextBody);
        Assert.Contains(link.Replace("&", "&amp;", StringComparison.Ordinal), mail.HtmlBody);
        Assert.StartsWith($"http://localhost/{site.Tenant.Name}/salasana-uusi?user=", link);
        Assert.Contains("Salasanasi on vaihdettu", await reset.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(BrokenLink, await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_account_or_one_without_an_address_gets_the_same_answer_and_no_mail()
    {
        var site = await MailSite.CreateAsync(portal.Host, "osoitteeton", email: null);
        var client = site.NewClient();

        var unknown = await site.AskForLinkAsync(client, "tuntematon");
        var withoutAddress = await site.AskForLinkAsync(client, "osoitteeton");

        Assert.Equal(Answer, unknown);
        Assert.Equal(Answer, withoutAddress);
        Assert.Empty(await site.OutboxAsync());
    }

    [Fact]
    public async Task A_link_asked_for_in_swedish_comes_in_swedish_and_leads_to_the_swedish_page()
    {
        var site = await MailSite.CreateAsync(portal.Host, "glomsk", "glomsk@example.fi");

        await site.AskForLinkAsync(site.NewClient(), "GLOMSK@example.fi", language: "sv/");
        var mail = await Eventually.ValueAsync(() => Task.FromResult(portal.Smtp.MessagesTo("glomsk@example.fi").FirstOrDefault()), "the mail at the SMTP server");

        Assert.Equal($"Nytt lösenord – {site.Tenant.DisplayName}", mail.Subject);
        Assert.StartsWith($"http://localhost/{site.Tenant.Name}/sv/salasana-uusi?", MailSite.ResetLink(mail));
    }

    [Fact]
    public async Task A_link_older_than_two_hours_gets_a_message_and_changes_no_password_while_a_younger_one_works()
    {
        var site = await MailSite.CreateAsync(portal.Host, "myohastyja", "myohastyja@example.fi");
        await site.AskForLinkAsync(site.NewClient(), "myohastyja");
        var link = MailSite.ResetLink(await portal.Smtp.FirstToAsync("myohastyja@example.fi"));
        var expired = await BackdatedAsync(site, link, TimeSpan.FromMinutes(125));
        var young = await BackdatedAsync(site, link, TimeSpan.FromMinutes(115));
        var client = site.NewClient();

        var shown = await client.GetAsync(expired);
        var fields = (await HtmlPages.GetPageAsync(client, young)).QuerySelectorAll("main form input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["token"] = QueryHelpers.ParseQuery(new Uri(expired).Query)["token"].ToString();
        fields["Input.Password"] = fields["Input.Repeat"] = MailSite.NewPassword;
        var posted = await client.PostAsync(expired, new FormUrlEncodedContent(fields));
        var loginAfterRefusal = await site.PostLoginAsync(site.NewClient(), "myohastyja", MailSite.NewPassword);
        var reset = await MailSite.SetPasswordAsync(site.NewClient(), young, MailSite.NewPassword);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(BrokenLink, await shown.Content.ReadAsStringAsync());
        Assert.Contains(BrokenLink, await posted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, loginAfterRefusal.StatusCode);
        Assert.Contains("Salasanasi on vaihdettu", await reset.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("salasana-uusi?user=tuntematon&token=abc")]
    [InlineData("salasana-uusi?token=abc")]
    [InlineData("salasana-uusi")]
    public async Task A_broken_link_gets_a_message_and_no_error(string path)
    {
        var site = await MailSite.CreateAsync(portal.Host, "rikki", "rikki@example.fi");

        var response = await site.NewClient().GetAsync(site.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BrokenLink, await response.Content.ReadAsStringAsync());
    }

    private Task<string> BackdatedAsync(MailSite site, string link, TimeSpan age) =>
        BackdatedTokens.LinkAsync(portal.Host.Services, site.Tenant, link, BackdatedTokens.DefaultProvider, UserManager<IdentityUser>.ResetPasswordTokenPurpose, age);
}
