using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.AuditTrail;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Modules;

[Collection(PortalCollection.Name)]
public sealed class AuditTrailTests(PortalHost host)
{
    [Fact]
    public async Task Create_publish_unpublish_and_remove_are_recorded_with_the_item_and_tenant()
    {
        var site = await host.CreateSiteAsync();
        var page = await host.AddPageAsync(site, "Kyläilta", "<p>Tervetuloa</p>", publish: true);

        await host.InTenantAsync(site, content => content.UnpublishAsync(page.ContentItemId));
        await host.InTenantAsync(site, content => content.PublishAsync(page.ContentItemId));
        await host.InTenantAsync(site, content => content.RemoveAsync(page.ContentItemId));

        var entries = (await EntriesAsync(site)).Where(e => e.SubjectId == page.ContentItemId).ToList();
        Assert.Equal(["Created", "Published", "Unpublished", "Published", "Unpublished", "Removed"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("Page", "Kyläilta", "system", site.Name), (e.SubjectType, e.Description, e.UserName, e.Tenant)));
    }

    [Fact]
    public async Task Refused_change_leaves_no_entry()
    {
        var site = await host.CreateSiteAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => host.AddPageAsync(site, "", "<p>Ei otsikkoa</p>", publish: true));

        Assert.DoesNotContain(await EntriesAsync(site), e => e.SubjectType == "Page");
    }

    [Fact]
    public async Task Administrator_lists_the_trail_filtered_by_action_user_and_date_with_finnish_action_names()
    {
        var site = await host.CreateSiteAsync();
        await TenantUsers.AddAsync(host.Services, site, "paakayttaja", "Administrator");
        await host.AddPageAsync(site, "Kyläilta", "<p>Tervetuloa</p>", publish: false);
        var client = await LogInAsync(site, "paakayttaja");
        // The trail's dates are Helsinki's: from 22:00 UTC (in winter) the UTC date is still yesterday's there.
        var today = HelsinkiTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var created = await HtmlPages.GetPageAsync(client, $"/{site.Name}/admin/auditointi?action=Created&from={today}&to={today}");
        var byUser = await HtmlPages.GetPageAsync(client, $"/{site.Name}/admin/auditointi?user=nobody");
        var yesterday = await HtmlPages.GetPageAsync(client, $"/{site.Name}/admin/auditointi?to=2020-01-01");

        var row = Assert.Single(created.QuerySelectorAll("table.audit-trail tbody tr"));
        Assert.Contains("Luotu", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sivu", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kyläilta", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(byUser.QuerySelectorAll("table.audit-trail tbody tr"));
        Assert.Empty(yesterday.QuerySelectorAll("table.audit-trail tbody tr"));
    }

    [Theory]
    [InlineData("from=eilen")]
    [InlineData("from=2026-05-01&to=2026-04-01")]
    [InlineData("page=abc")]
    public async Task Bad_filter_gets_a_message_not_an_error(string query)
    {
        var site = await host.CreateSiteAsync();
        await TenantUsers.AddAsync(host.Services, site, "paakayttaja", "Administrator");
        var client = await LogInAsync(site, "paakayttaja");

        var response = await client.GetAsync($"/{site.Name}/admin/auditointi?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Editor_cannot_see_the_trail()
    {
        var site = await host.CreateSiteAsync();
        await TenantUsers.AddAsync(host.Services, site, "toimittaja", "Editor");
        var client = await LogInAsync(site, "toimittaja");

        var response = await client.GetAsync($"/{site.Name}/admin/auditointi");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<List<AuditEntry>> EntriesAsync(Tenant site) =>
        host.InTenantAsync<TenantDbContext, List<AuditEntry>>(site, db => db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    private async Task<HttpClient> LogInAsync(Tenant site, string userName)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/{site.Name}/login"));
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/{site.Name}/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = TenantUsers.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
