using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests.Pages.Mail;

/// <summary>The site's outbox page: failed mail with its error, and "send now" over a real SMTP server.</summary>
[Collection(SmtpCollection.Name)]
public sealed class OutboxPageTests(SmtpPortal portal)
{
    [Fact]
    public async Task A_failed_mail_is_listed_with_its_error_and_send_now_sends_it_at_once()
    {
        var site = await MailSite.CreateAsync(portal.Host, "jonottaja", email: null);
        var id = await site.AddFailedMailAsync("jonossa@example.fi", "Odottava viesti", "Connection refused", TimeSpan.FromDays(1));
        var admin = await portal.Host.SignedInAsync(site.Tenant.Name);

        var before = await HtmlPages.GetPageAsync(admin, site.Url("admin/posti"));
        var sendNow = await HtmlPages.SubmitAsync(admin, site.Url("admin/posti"), $"form[action*='id={id}']", new Dictionary<string, string>());
        var mail = await Eventually.ValueAsync(() => Task.FromResult(portal.Smtp.MessagesTo("jonossa@example.fi").FirstOrDefault()), "the mail");
        var sent = await Eventually.ValueAsync(async () => (await site.OutboxAsync()).SingleOrDefault(m => m.SentUtc is not null), "the mail marked sent");
        var after = await HtmlPages.GetPageAsync(admin, site.Url("admin/posti"));

        var row = before.QuerySelectorAll(".mail-waiting tbody tr").Single().TextContent;
        Assert.Contains("jonossa@example.fi", row);
        Assert.Contains("Odottava viesti", row);
        Assert.Contains("Connection refused", row);
        Assert.Contains("1 viesti on vielä lähettämättä", before.QuerySelector(".mail-failed")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, sendNow.StatusCode);
        Assert.Equal("Odottava viesti", mail.Subject);
        Assert.Equal(4, sent.Attempts);
        Assert.Null(after.QuerySelector(".mail-failed"));
        Assert.Empty(after.QuerySelectorAll(".mail-waiting tbody tr"));
        Assert.Contains("Odottava viesti", after.QuerySelector("main table tbody")!.TextContent);
    }

    [Fact]
    public async Task Send_now_needs_the_forms_token()
    {
        var site = await MailSite.CreateAsync(portal.Host, "vaarennos", email: null);
        var id = await site.AddFailedMailAsync("vaarennos@example.fi", "Ei lähde", "Connection refused", TimeSpan.FromDays(1));
        var admin = await portal.Host.SignedInAsync(site.Tenant.Name);

        var response = await admin.PostAsync(site.Url($"admin/posti?handler=SendNow&id={id}"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await site.OutboxAsync()).Single().NextAttemptUtc > DateTime.UtcNow.AddHours(1));
    }
}
