using System.Net;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests.Pages.Mail;

/// <summary>The site's own sender, set on its admin page, on the mail that reaches a real SMTP server.</summary>
[Collection(SmtpCollection.Name)]
public sealed class SenderPageTests(SmtpPortal portal)
{
    [Fact]
    public async Task A_sender_set_on_the_admin_page_is_the_from_of_the_sites_mail()
    {
        var site = await MailSite.CreateAsync(portal.Host, "lahettaja", "lahettaja@example.fi");
        var admin = await portal.Host.SignedInAsync(site.Tenant.Name);

        var saved = await SaveAsync(site, admin, " toimisto@kylat.example ", "Kylien toimisto");
        await site.AskForLinkAsync(site.NewClient(), "lahettaja");
        var mail = await Eventually.ValueAsync(() => Task.FromResult(portal.Smtp.MessagesTo("lahettaja@example.fi").FirstOrDefault()), "the mail");
        var page = await HtmlPages.GetPageAsync(admin, site.Url("admin/posti/lahettaja?saved=true"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("toimisto@kylat.example", mail.From.Mailboxes.Single().Address);
        Assert.Equal("Kylien toimisto", mail.From.Mailboxes.Single().Name);
        Assert.Equal("toimisto@kylat.example", page.QuerySelector("#FromAddress")!.GetAttribute("value"));
        Assert.Contains("Lähettäjä on tallennettu.", page.QuerySelector("main [role=status]")!.TextContent);
    }

    [Fact]
    public async Task A_name_without_an_address_keeps_the_portals_address()
    {
        var site = await MailSite.CreateAsync(portal.Host, "nimetty", "nimetty@example.fi");

        await SaveAsync(site, await portal.Host.SignedInAsync(site.Tenant.Name), "", "Kyläyhdistyksen hallitus");
        await site.AskForLinkAsync(site.NewClient(), "nimetty");
        var mail = await Eventually.ValueAsync(() => Task.FromResult(portal.Smtp.MessagesTo("nimetty@example.fi").FirstOrDefault()), "the mail");

        Assert.Equal(MailSite.From, mail.From.Mailboxes.Single().Address);
        Assert.Equal("Kyläyhdistyksen hallitus", mail.From.Mailboxes.Single().Name);
    }

    [Theory]
    [InlineData("ei-osoite", "", "FromAddress", "Anna kelvollinen sähköpostiosoite")]
    [InlineData("ei@verkkotunnusta", "", "FromAddress", "Anna kelvollinen sähköpostiosoite")]
    [InlineData("Toimisto <toimisto@kylat.example>", "", "FromAddress", "Anna kelvollinen sähköpostiosoite")]
    [InlineData("toimisto@kylat.example", "Kaksi\r\nriviä", "FromName", "yhdelle riville")]
    public async Task A_bad_sender_gets_a_message_next_to_its_field_and_is_not_saved(string address, string name, string field, string message)
    {
        var site = await MailSite.CreateAsync(portal.Host, "huono", email: null);

        var response = await SaveAsync(site, await portal.Host.SignedInAsync(site.Tenant.Name), address, name);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector($"#{field}-error")?.TextContent);
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.Null((await site.SettingsAsync()).FromAddress);
    }

    [Fact]
    public async Task An_author_cannot_open_the_mail_pages()
    {
        var site = await MailSite.CreateAsync(portal.Host, "kirjoittaja", email: null);
        var author = await portal.Host.SignedInAsync(site.Tenant.Name, "Author");

        var outbox = await author.GetAsync(site.Url("admin/posti"));
        var sender = await author.GetAsync(site.Url("admin/posti/lahettaja"));

        Assert.NotEqual(HttpStatusCode.OK, outbox.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, sender.StatusCode);
    }

    private static Task<HttpResponseMessage> SaveAsync(MailSite site, HttpClient admin, string address, string name) =>
        HtmlPages.SubmitAsync(admin, site.Url("admin/posti/lahettaja"), "main form",
            new Dictionary<string, string> { ["Input.FromAddress"] = address, ["Input.FromName"] = name });
}
