using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Mail.Sending;
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

    [Theory]
    [InlineData("leader-group", "smtp.example.fi", false, false)]
    [InlineData("demo-mansikka", "smtp.example.fi", false, true)]
    [InlineData("demo", "smtp.example.fi", false, true)]
    [InlineData("demonstraatio", "smtp.example.fi", false, false)]
    [InlineData("demo-mansikka", "smtp.example.fi", true, false)]
    [InlineData("leader-group", null, false, true)]
    [InlineData("leader-group", null, true, true)]
    public async Task A_site_writes_files_without_a_server_or_when_made_by_a_demo_recipe_unless_demo_sites_may_send(
        string recipe, string? host, bool sendFromDemoSites, bool writesFiles)
    {
        var options = new MailOptions { Smtp = new SmtpOptions { Host = host }, SendFromDemoSites = sendFromDemoSites };
        var tenant = new TenantContext();
        tenant.Set(new Tenant { Name = "kyla", Recipe = recipe });
        var portalTenant = portal.Host.Services.GetRequiredService<TenantRegistry>().Find(TenantName.Default)!;
        await using var scope = portal.Host.Services.GetRequiredService<TenantScopes>().Create(portalTenant);

        var sender = new SiteSender(tenant, scope.ServiceProvider.GetRequiredService<SiteSettingsStore>(), Options.Create(options));

        Assert.Equal(writesFiles, sender.WritesFiles);
    }
}
