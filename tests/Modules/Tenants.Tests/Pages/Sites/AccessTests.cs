using System.Net;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Pages.Sites;

[Collection(PortalCollection.Name)]
public sealed class AccessTests(PortalHost host)
{
    public static readonly TheoryData<string> PortalPages = ["admin/sivustot", "admin/sivustot/uusi", "admin/sivustot/mansikka/poista"];

    [Theory]
    [MemberData(nameof(PortalPages))]
    public async Task Administrator_of_a_site_gets_404_for_the_portal_pages_under_the_site(string page)
    {
        var site = await NewSites.CreateAsync(host);
        var siteAdmin = await Forms.LoggedInAsync(host, $"/{site.Name}/", NewSites.AdminUser, NewSites.AdminPassword);

        var response = await siteAdmin.GetAsync($"/{site.Name}/{page}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(PortalPages))]
    public async Task Site_whose_recipe_enabled_the_tenants_feature_still_gets_404_for_the_portal_pages(string page)
    {
        var site = await host.CreateSiteAsync("""
            { "name": "rogue", "steps": [ { "name": "Features", "enable": ["Contents", "Users", "Tenants"] } ] }
            """);
        await TenantUsers.AddAsync(host.Services, site, "sivun-yllapitaja", PortalRoles.Administrator);
        var siteAdmin = await Forms.LoggedInAsync(host, $"/{site.Name}/", "sivun-yllapitaja", TenantUsers.Password);

        var response = await siteAdmin.GetAsync($"/{site.Name}/{page}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(PortalPages))]
    public async Task Portal_editor_without_the_permission_is_not_let_in(string page)
    {
        var userName = "portaalin-toimittaja-" + Guid.NewGuid().ToString("N")[..6];
        await TenantUsers.AddAsync(host.Services, Portal, userName, PortalRoles.Editor);
        var editor = await Forms.LoggedInAsync(host, "/", userName, TenantUsers.Password);

        var response = await editor.GetAsync("/" + page);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"Got {response.StatusCode}.");
        Assert.DoesNotContain("/admin/sivustot", response.Headers.Location?.AbsolutePath ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_login_page()
    {
        var response = await Forms.NewClient(host).GetAsync("/admin/sivustot");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private Core.Tenancy.Tenant Portal =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Core.Tenancy.TenantRegistry>(host.Services).Find(Core.Tenancy.TenantName.Default)!;
}
