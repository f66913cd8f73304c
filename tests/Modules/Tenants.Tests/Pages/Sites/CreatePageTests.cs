using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Pages.Sites;

[Collection(PortalCollection.Name)]
public sealed class CreatePageTests(PortalHost host)
{
    private const string CreateUrl = "/admin/sivustot/uusi";

    [Fact]
    public async Task Portal_admin_creates_a_site_from_a_recipe_and_its_admin_logs_in_at_once()
    {
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var name = NewSites.UniqueName();

        var created = await Forms.PostAsync(admin, CreateUrl, CreateUrl, NewSites.Form(name));
        var siteAdmin = Forms.NewClient(host);
        var login = await Forms.LogInAsync(siteAdmin, $"/{name}/", NewSites.AdminUser, NewSites.AdminPassword);
        var dashboard = await siteAdmin.GetAsync($"/{name}/admin");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/admin/sivustot?muutos=Created&sivusto={name}", created.Headers.Location?.OriginalString);
        var tenant = Registry.Find(name)!;
        Assert.Equal(TenantState.Running, tenant.State);
        Assert.Equal(("leader-group", "keski-suomi", name), (tenant.Recipe, tenant.Region, tenant.UrlPrefix));
        Assert.Contains("Projects", tenant.Features);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Form_offers_the_site_recipes_and_the_regions_but_not_the_portal_recipes()
    {
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);

        var page = await HtmlPages.GetPageAsync(admin, CreateUrl);

        var recipes = page.QuerySelectorAll("input[name='Input.Recipe']").Select(r => r.GetAttribute("value")).ToList();
        Assert.Equal(["green-care-network", "leader-group", "municipality"], recipes);
        var municipality = page.QuerySelector("input[value=municipality]")!;
        Assert.Equal("Kunta", page.QuerySelector($"label[for='{municipality.Id}']")!.TextContent);
        Assert.StartsWith("Kunnan kehittämishankkeet", page.GetElementById(municipality.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
        Assert.Equal(20, page.QuerySelectorAll("#Region option").Length);
        Assert.NotNull(page.QuerySelector("label[for=AdminPassword]"));
    }

    [Theory]
    [InlineData("Name", "Iso-Kirjain")]
    [InlineData("Name", "admin")]
    [InlineData("Name", "mansikka")]
    [InlineData("Name", "")]
    [InlineData("UrlPrefix", "mansikka")]
    [InlineData("HostName", "https://kylat.example.fi/")]
    [InlineData("AdminPassword", "lyhyt")]
    [InlineData("AdminUserName", "välilyönti ja ääkköset")]
    public async Task Bad_reserved_taken_or_missing_value_is_refused_next_to_its_field_and_nothing_is_created(string field, string value)
    {
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var name = NewSites.UniqueName();
        var form = NewSites.Form(name);
        form["Input." + field] = value;
        var count = Registry.All.Count;

        var response = await Forms.PostAsync(admin, CreateUrl, CreateUrl, form);

        var page = await AssertRefusedAsync(response, field);
        Assert.Equal("", page.QuerySelector("#AdminPassword")!.GetAttribute("value") ?? "");
        Assert.Equal(count, Registry.All.Count);
        AssertNothingCreated(name);
    }

    [Fact]
    public async Task Messages_are_in_finnish_by_default_and_the_form_is_in_swedish_under_sv()
    {
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);

        var refused = await Forms.PostAsync(admin, CreateUrl, CreateUrl, NewSites.Form("admin"));
        var swedish = await HtmlPages.GetPageAsync(admin, "/sv" + CreateUrl);

        var error = (await Forms.ParseAsync(refused)).QuerySelector("#Name-error")!.TextContent;
        Assert.Equal("Virhe: 'admin' on varattu portaalin omille osoitteille; valitse toinen.", error.Trim());
        Assert.Equal("Skapa en webbplats", swedish.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Create_post_without_antiforgery_token_is_refused()
    {
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var name = NewSites.UniqueName();

        var response = await admin.PostAsync(CreateUrl, new FormUrlEncodedContent(NewSites.Form(name)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingCreated(name);
    }

    private TenantRegistry Registry => host.Services.GetRequiredService<TenantRegistry>();

    private static async Task<AngleSharp.Dom.IDocument> AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{field}-error")?.TextContent), $"No error next to {field}.");
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.Contains($"{field}-error", page.QuerySelector($"#{field}")!.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{field}']"));
        return page;
    }

    private void AssertNothingCreated(string name)
    {
        Assert.Null(Registry.Find(name));
        var folder = NewSites.Folder(host, name);
        Assert.False(Directory.Exists(folder), string.Join(", ", Directory.Exists(folder) ? Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories) : []));
    }
}
