using MimeKit;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests.Sending;

/// <summary>Without SMTP settings, mail is written as .eml files under the data folder.</summary>
[Collection(EmlCollection.Name)]
public sealed class EmlFileTests(EmlPortal portal)
{
    [Fact]
    public async Task Without_an_smtp_server_a_mail_becomes_an_eml_file_under_the_data_folder()
    {
        var site = await MailSite.CreateAsync(portal.Host, "tiedosto", "tiedosto@example.fi");
        var folder = Path.Combine(portal.Host.DataPath, "Mail", site.Tenant.Name);

        await site.AskForLinkAsync(site.NewClient(), "tiedosto");
        var file = await Eventually.ValueAsync(
            () => Task.FromResult(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").SingleOrDefault() : null), "an .eml file");
        var sent = await Eventually.ValueAsync(async () => (await site.OutboxAsync()).SingleOrDefault(m => m.SentUtc is not null), "the mail marked sent");
        var mail = MimeMessage.Load(file);

        Assert.Equal("tiedosto@example.fi", mail.To.Mailboxes.Single().Address);
        Assert.Equal("noreply@localhost", mail.From.Mailboxes.Single().Address);
        Assert.Equal(sent.Subject, mail.Subject);
        Assert.Contains("/salasana-uusi?user=", mail.TextBody);
        Assert.NotNull(mail.HtmlBody);
    }
}
