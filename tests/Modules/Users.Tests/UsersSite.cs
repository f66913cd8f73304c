using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.AuditTrail;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests;

/// <summary>A tenant of its own with a Page type and an Administrator "paakayttaja"; helpers to log in and send forms.</summary>
internal sealed class UsersSite(PortalHost host, Tenant tenant)
{
    public const string Admin = "paakayttaja";

    public Tenant Tenant => tenant;

    public static async Task<UsersSite> CreateAsync(PortalHost host)
    {
        var site = new UsersSite(host, await host.CreateSiteAsync());
        await site.AddUserAsync(Admin, "Administrator");
        return site;
    }

    /// <summary>The portal itself, whose pages are at the root.</summary>
    public static UsersSite Portal(PortalHost host) =>
        new(host, Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<TenantRegistry>(host.Services).Find(TenantName.Default)!);

    public string Url(string path) => tenant.Name == TenantName.Default ? $"/{path}" : $"/{tenant.Name}/{path}";

    public HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client whose requests come from <paramref name="address"/>, as a trusted proxy in front of the portal says.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    public Task AddUserAsync(string userName, params string[] roles) => TenantUsers.AddAsync(host.Services, tenant, userName, roles);

    /// <summary>An account with an address, made as an administrator or a recipe makes it.</summary>
    public async Task AddUserWithEmailAsync(string userName, string email, params string[] roles)
    {
        var problems = await InTenantAsync<ITenantAccounts, IReadOnlyList<string>>(accounts =>
            accounts.CreateAsync(new NewAccount(userName, email, TenantUsers.Password, roles)));
        Assert.Empty(problems);
    }

    /// <summary>Posts the login form as a browser would; the response is the form again or a redirect.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var path = returnUrl is null ? "login" : $"login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return await SubmitAsync(client, path, "main form", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
    }

    /// <summary>A client signed in to this tenant as the user.</summary>
    public async Task<HttpClient> LogInAsync(string userName)
    {
        var client = NewClient();
        var response = await PostLoginAsync(client, userName, TenantUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Opens the page, fills the form that <paramref name="formSelector"/> finds, and posts it with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string formSelector, Dictionary<string, string> fields,
        params (string Name, string Value)[] extra)
    {
        var page = await HtmlPages.GetPageAsync(client, Url(path));
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}.");
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Concat(extra.Select(e => new KeyValuePair<string, string>(e.Name, e.Value)))
            .Append(new("__RequestVerificationToken", Token(form)));
        return await client.PostAsync(form.GetAttribute("action") ?? Url(path), new FormUrlEncodedContent(values));
    }

    public static string Token(IElement form) => form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public Task<TResult> InTenantAsync<TService, TResult>(Func<TService, Task<TResult>> action) where TService : notnull =>
        host.InTenantAsync(tenant, action);

    public Task<IdentityUser?> FindUserAsync(string userName) =>
        InTenantAsync<UserManager<IdentityUser>, IdentityUser?>(users => users.FindByNameAsync(userName));

    public Task<IList<string>> RolesOfAsync(string userName) =>
        InTenantAsync<UserManager<IdentityUser>, IList<string>>(async users => await users.GetRolesAsync((await users.FindByNameAsync(userName))!));

    public Task<List<AuditEntry>> AuditAsync() =>
        InTenantAsync<TenantDbContext, List<AuditEntry>>(db => db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Id).ToListAsync());
}
