using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Pages.Sites;

[Collection(PortalCollection.Name)]
public sealed class RemovePageTests(PortalHost host)
{
    [Fact]
    public async Task Running_site_cannot_be_removed_and_keeps_its_data()
    {
        var site = await NewSites.CreateAsync(host);
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var url = RemoveUrl(site.Name);

        var form = await HtmlPages.GetPageAsync(admin, url);
        var forged = await Forms.PostAsync(admin, "/admin/sivustot", url, new() { ["Confirmation"] = site.Name });

        Assert.Null(form.QuerySelector("input[name=Confirmation]"));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains(site.Name, (await Forms.ParseAsync(forged)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(TenantState.Running, Registry.Find(site.Name)!.State);
        Assert.True(Directory.Exists(NewSites.Folder(host, site.Name)));
    }

    [Fact]
    public async Task Removal_asks_for_the_name_and_then_deletes_the_data_and_frees_the_name()
    {
        var site = await NewSites.CreateAsync(host);
        await Administration.DisableAsync(site.Name, CancellationToken.None);
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var url = RemoveUrl(site.Name);

        var wrongName = await Forms.PostAsync(admin, url, url, new() { ["Confirmation"] = "mansikka" });
        var stillThere = Directory.Exists(NewSites.Folder(host, site.Name));
        var removed = await Forms.PostAsync(admin, url, url, new() { ["Confirmation"] = site.Name });
        var again = await Administration.CreateAsync(NewSites.Input(site.Name), CancellationToken.None);

        Assert.Equal("true", (await Forms.ParseAsync(wrongName)).QuerySelector("#Confirmation")!.GetAttribute("aria-invalid"));
        Assert.True(stillThere);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.True(again.Succeeded, string.Join(" ", again.Problems));
    }

    [Fact]
    public async Task Removed_site_answers_like_an_unknown_address_and_its_folder_is_gone()
    {
        var site = await NewSites.CreateAsync(host);
        var folder = NewSites.Folder(host, site.Name);

        await Administration.DisableAsync(site.Name, CancellationToken.None);
        var problem = await Administration.RemoveAsync(site.Name, CancellationToken.None);
        var response = await Forms.NewClient(host).GetAsync($"/{site.Name}/");

        Assert.Null(problem);
        Assert.False(Directory.Exists(folder));
        Assert.Null(Registry.Find(site.Name));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string RemoveUrl(string name) => $"/admin/sivustot/{name}/poista";

    private TenantRegistry Registry => host.Services.GetRequiredService<TenantRegistry>();

    private TenantAdministration Administration => host.Services.GetRequiredService<TenantAdministration>();
}
