using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests;

/// <summary>
/// The login and antiforgery cookies of a site on a URL prefix, of the portal itself and of a site on its own host name:
/// each has the site's root as its path, whatever the language of the page that set it.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TenantCookiesTests(PortalHost host)
{
    public enum SiteKind
    {
        Prefix,
        Portal,
        HostName,
    }

    private sealed record Site(HttpClient Client, string Root, string CookiePath, string TenantName, string UserName);

    [Theory]
    [InlineData(SiteKind.Prefix, "")]
    [InlineData(SiteKind.Prefix, "sv/")]
    [InlineData(SiteKind.Prefix, "en/")]
    [InlineData(SiteKind.Portal, "sv/")]
    [InlineData(SiteKind.HostName, "sv/")]
    public async Task Login_and_antiforgery_cookies_have_the_sites_root_as_their_path(SiteKind kind, string language)
    {
        var site = await OpenAsync(kind);

        var form = await site.Client.GetAsync(site.Root + language + "login");
        var login = await LogInAsync(site, language);

        Assert.Equal(site.CookiePath, CookiePath(form, ".AspNetCore.Antiforgery." + site.TenantName));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(site.CookiePath, CookiePath(login, ".AspNetCore.Identity.Application." + site.TenantName));
    }

    [Theory]
    [InlineData(SiteKind.Prefix)]
    [InlineData(SiteKind.Portal)]
    [InlineData(SiteKind.HostName)]
    public async Task A_login_on_a_swedish_page_holds_on_the_whole_site_until_logging_out(SiteKind kind)
    {
        var site = await OpenAsync(kind);

        await LogInAsync(site, "sv/");
        var admin = await site.Client.GetAsync(site.Root + "admin");
        var logout = await HtmlPages.SubmitAsync(site.Client, site.Root + "admin", "form[action$='/logout']", new Dictionary<string, string>());
        var afterLogout = await site.Client.GetAsync(site.Root + "admin");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(site.CookiePath, CookiePath(logout, ".AspNetCore.Identity.Application." + site.TenantName));
        Assert.Equal(HttpStatusCode.Redirect, afterLogout.StatusCode);
        Assert.Contains("/login", afterLogout.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    // A new user of its own on the portal, or a new site reached at /{name}/ or at {name}.example.
    private async Task<Site> OpenAsync(SiteKind kind)
    {
        var tenant = kind switch
        {
            SiteKind.Portal => host.Services.GetRequiredService<TenantRegistry>().Find(TenantName.Default)!,
            SiteKind.Prefix => await host.CreateSiteAsync(),
            _ => await host.CreateSiteAsync(t => t with { UrlPrefix = null, HostNames = [$"{t.Name}.example"] }),
        };
        var userName = "kayttaja-" + Guid.NewGuid().ToString("N")[..8];
        await TenantUsers.AddAsync(host.Services, tenant, userName, "Administrator");
        var client = host.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri(kind == SiteKind.HostName ? $"http://{tenant.Name}.example/" : "http://localhost/"),
        });
        var root = kind == SiteKind.Prefix ? $"/{tenant.Name}/" : "/";
        return new Site(client, root, root.TrimEnd('/') is { Length: > 0 } prefix ? prefix : "/", tenant.Name, userName);
    }

    private static Task<HttpResponseMessage> LogInAsync(Site site, string language) =>
        HtmlPages.SubmitAsync(site.Client, site.Root + language + "login", "main form",
            new Dictionary<string, string> { ["Input.UserName"] = site.UserName, ["Input.Password"] = TenantUsers.Password });

    private static string? CookiePath(HttpResponseMessage response, string name) =>
        SetCookieHeaderValue.ParseList([.. response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? values : []])
            .SingleOrDefault(cookie => cookie.Name == name)?.Path.Value;
}
