using Verkostoportaali.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Mail.Sending;

namespace Verkostoportaali.Mail.Tests.Sending;

/// <summary>Who a site sends as, and whether it sends at all or writes files.</summary>
[Collection(SmtpCollection.Name)]
public sealed class SiteSenderTests(SmtpPortal portal)
{
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

    [Fact]
    public async Task A_recipe_sets_the_sites_sender_and_the_sites_name_stands_in_for_a_missing_name()
    {
        var tenant = await portal.Host.CreateSiteAsync("""
            { "name": "lahettava", "steps": [
                { "name": "Features", "enable": ["Contents"] },
                { "name": "Settings", "sections": { "MailSettings": { "fromAddress": "posti@kylat.example" } } } ] }
            """);

        var sender = await portal.Host.InTenantAsync<SiteSender, MailboxAddress>(tenant, site => site.AddressAsync());

        Assert.Equal("posti@kylat.example", sender.Address);
        Assert.Equal(tenant.DisplayName, sender.Name);
    }
}
