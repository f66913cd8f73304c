using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests.Sending;

/// <summary>Sites made by a demo recipe hold real people's addresses: with an SMTP server set, they still write files.</summary>
[Collection(SmtpCollection.Name)]
public sealed class DemoSiteTests(SmtpPortal portal)
{
    [Fact]
    public async Task A_site_made_by_a_demo_recipe_writes_its_mail_to_a_file_and_not_to_the_smtp_server()
    {
        var tenant = await portal.Host.CreateSiteAsync("""{ "name": "demo-kyla", "steps": [ { "name": "Features", "enable": ["Contents"] } ] }""");
        var site = new MailSite(portal.Host, tenant);
        await site.AddAccountAsync("demokayttaja", "oikea.ihminen@example.fi");
        var folder = Path.Combine(portal.Host.DataPath, "Mail", tenant.Name);

        await site.AskForLinkAsync(site.NewClient(), "demokayttaja");
        var sent = await Eventually.ValueAsync(async () => (await site.OutboxAsync()).SingleOrDefault(m => m.SentUtc is not null), "the mail marked sent");

        Assert.Single(Directory.GetFiles(folder, "*.eml"));
        Assert.Empty(portal.Smtp.MessagesTo("oikea.ihminen@example.fi"));
        Assert.Equal(1, sent.Attempts);
    }
}
