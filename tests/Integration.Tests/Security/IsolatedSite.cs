using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Security;

/// <summary>
/// A tenant for the isolation matrix: an Administrator, a published page and a draft whose title is unique, so a
/// response that leaks the draft is found by its title. Reached by prefix, or by host name when <see cref="Host"/> is set.
/// </summary>
internal sealed class IsolatedSite(PortalHost host, Tenant tenant, string draftId, string draftTitle)
{
    public const string Admin = "eristys-admin";

    public Tenant Tenant => tenant;
    public string DraftId => draftId;
    public string DraftTitle => draftTitle;
    public string? Host => tenant.HostNames.FirstOrDefault();
    public string AuthCookie => $".AspNetCore.Identity.Application.{tenant.Name}";

    public static async Task<IsolatedSite> CreateAsync(PortalHost host, bool byHostName = false)
    {
        var tenant = byHostName
            ? await host.CreateSiteAsync(t => t with { UrlPrefix = null, HostNames = [$"{t.Name}.example.fi"] })
            : await host.CreateSiteAsync();
        await TenantUsers.AddAsync(host.Services, tenant, Admin, "Administrator");
        var title = "Luonnos " + Guid.NewGuid().ToString("N");
        var draft = await host.AddPageAsync(tenant, title, "<p>Salainen luonnos</p>", publish: false);
        await host.AddPageAsync(tenant, "Julkinen sivu", "<p>Julkinen</p>", publish: true);
        return new IsolatedSite(host, tenant, draft.ContentItemId, title);
    }

    /// <summary>The URL of a tenant path: under the prefix, or at the root of the tenant's own host.</summary>
    public string Url(string path) => Host is null ? $"/{tenant.Name}/{path}" : $"http://{Host}/{path}";

    public HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri(Host is null ? "http://localhost/" : $"http://{Host}/"),
    });

    /// <summary>Logs the Administrator in; returns the signed-in client and the auth cookie's value.</summary>
    public async Task<(HttpClient Client, string Cookie)> LogInAsync()
    {
        var client = NewClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(Url("login")));
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync(Url("login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = Admin,
            ["Input.Password"] = TenantUsers.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0].Split('=', 2)[1]);
    }
}
