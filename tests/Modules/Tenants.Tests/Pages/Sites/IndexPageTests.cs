using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Pages.Sites;

[Collection(PortalCollection.Name)]
public sealed class IndexPageTests(PortalHost host)
{
    private const string IndexUrl = "/admin/sivustot";

    [Fact]
    public async Task List_shows_every_site_with_its_state_address_and_recipe()
    {
        var site = await NewSites.CreateAsync(host);
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);

        var page = await HtmlPages.GetPageAsync(admin, IndexUrl);

        var rows = page.QuerySelectorAll("table.sites tbody tr").ToList();
        Assert.Equal(host.Services.GetRequiredService<TenantRegistry>().All.Count, rows.Count);
        var row = rows.Single(r => r.QuerySelector("th")!.TextContent == site.Name);
        Assert.Contains($"/{site.Name}/", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("municipality", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='{IndexUrl}/{site.Name}/poista-kaytosta']"));
        Assert.True(page.QuerySelector($".admin-nav a[href='{IndexUrl}']") is not null, page.QuerySelector(".admin-nav")?.OuterHtml);
    }

    [Fact]
    public async Task Disabling_a_site_makes_its_pages_and_api_answer_404_at_the_next_request_and_enabling_brings_them_back()
    {
        var site = await NewSites.CreateAsync(host);
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var visitor = Forms.NewClient(host);
        var disablePost = $"{IndexUrl}?handler=Disable&name={site.Name}";

        var disabled = await Forms.PostAsync(admin, IndexUrl, disablePost, []);
        var homeWhileDisabled = await visitor.GetAsync($"/{site.Name}/");
        var apiWhileDisabled = await visitor.GetAsync($"/{site.Name}/api/content");
        var loginWhileDisabled = await visitor.GetAsync($"/{site.Name}/login");
        var enabled = await Forms.PostAsync(admin, IndexUrl, $"{IndexUrl}?handler=Enable&name={site.Name}", []);
        var homeAgain = await visitor.GetAsync($"/{site.Name}/");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, homeWhileDisabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, apiWhileDisabled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, loginWhileDisabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, homeAgain.StatusCode);
    }

    [Fact]
    public async Task Notice_after_creating_links_to_the_new_site_login()
    {
        var site = await NewSites.CreateAsync(host);
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);

        var page = await HtmlPages.GetPageAsync(admin, $"{IndexUrl}?muutos=Created&sivusto={site.Name}");

        Assert.Equal($"/{site.Name}/login", page.QuerySelector("[role=status] a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Portal_itself_cannot_be_disabled()
    {
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);

        var response = await Forms.PostAsync(admin, IndexUrl, $"{IndexUrl}?handler=Disable&name={TenantName.Default}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Forms.ParseAsync(response)).QuerySelector("[role=alert]"));
        Assert.Equal(TenantState.Running, host.Services.GetRequiredService<TenantRegistry>().Find(TenantName.Default)!.State);
    }

    [Fact]
    public async Task Disabling_asks_first_on_a_page_whose_form_disables_the_site()
    {
        var site = await NewSites.CreateAsync(host);
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var confirmUrl = $"{IndexUrl}/{site.Name}/poista-kaytosta";

        var confirm = await HtmlPages.GetPageAsync(admin, confirmUrl);
        var stillRunning = host.Services.GetRequiredService<TenantRegistry>().Find(site.Name)!.State;
        var action = confirm.QuerySelector("main form")!.GetAttribute("action")!;
        var disabled = await Forms.PostAsync(admin, confirmUrl, action, []);

        Assert.Contains(site.Name, confirm.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TenantState.Running, stillRunning);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(TenantState.Disabled, host.Services.GetRequiredService<TenantRegistry>().Find(site.Name)!.State);
    }

    [Fact]
    public async Task Portal_itself_has_no_disable_page()
    {
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);

        var response = await admin.GetAsync($"{IndexUrl}/{TenantName.Default}/poista-kaytosta");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
