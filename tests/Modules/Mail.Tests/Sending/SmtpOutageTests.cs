using AngleSharp.Dom;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests.Sending;

/// <summary>Mail written while the SMTP server is down waits in the outbox and is sent once when the server is back.</summary>
[Collection(SmtpCollection.Name)]
public sealed class SmtpOutageTests(SmtpPortal portal)
{
    [Fact]
    public async Task Mail_written_while_the_server_is_down_is_kept_shown_to_the_admin_and_sent_exactly_once_when_it_is_back()
    {
        var site = await MailSite.CreateAsync(portal.Host, "odottaja", "odottaja@example.fi");
        var admin = await portal.Host.SignedInAsync(site.Tenant.Name);
        portal.Smtp.Stop();
        QueuedMail waiting;
        IDocument page;
        try
        {
            await site.AskForLinkAsync(site.NewClient(), "odottaja");
            waiting = await Eventually.ValueAsync(async () => (await site.OutboxAsync()).SingleOrDefault(m => m.Attempts >= 2), "two failed attempts");
            page = await HtmlPages.GetPageAsync(admin, site.Url("admin/posti"));
        }
        finally
        {
            await portal.Smtp.StartAsync();
        }

        var sent = await Eventually.ValueAsync(async () => (await site.OutboxAsync()).SingleOrDefault(m => m.SentUtc is not null), "the mail marked sent");

        Assert.Null(waiting.SentUtc);
        Assert.False(string.IsNullOrEmpty(waiting.LastError));
        Assert.True(waiting.NextAttemptUtc > waiting.CreatedUtc);
        Assert.Contains("odottaja@example.fi", page.QuerySelector(".mail-waiting tbody tr")!.TextContent);
        Assert.NotNull(page.QuerySelector(".mail-failed"));
        Assert.Equal(waiting.Id, sent.Id);
        Assert.Null(sent.LastError);
        Assert.Single(portal.Smtp.MessagesTo("odottaja@example.fi"));
    }
}
