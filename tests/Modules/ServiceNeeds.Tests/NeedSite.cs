using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests;

/// <summary>
/// A municipality site of its own in Keski-Suomi with Saarijärvi's villages and example providers (two do home help in
/// Saarijärvi, one yard work in Lannevesi), an administrator and a coordinator (the recipe's Koordinaattori role)
/// who have addresses.
/// </summary>
internal sealed partial class NeedSite(PortalHost host, Tenant tenant)
{
    public const string AdminUser = "yllapitaja";
    public const string CoordinatorUser = "koordinaattori";
    public const string CoordinatorEmail = "koordinaattori@example.fi";
    public const string CoordinatorRole = "Koordinaattori";

    public Tenant Tenant => tenant;

    public static async Task<NeedSite> CreateAsync(PortalHost host, string settings = "{}")
    {
        var site = new NeedSite(host, await host.CreateSiteAsync($$"""
            { "name": "service-needs-test", "steps": [
                { "name": "Recipes", "run": ["municipality", "demo-saarijarvi-service-needs"] },
                { "name": "Settings", "sections": {{settings}} } ] }
            """, t => t with { Region = "keski-suomi" }));
        await site.AddUserAsync(AdminUser, "yllapitaja@example.fi", PortalRoles.Administrator);
        await site.AddUserAsync(CoordinatorUser, CoordinatorEmail, CoordinatorRole);
        return site;
    }

    public string Url(string path) => $"/{tenant.Name}/{path}";

    public HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task AddUserAsync(string userName, string? email, params string[] roles)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        var problems = await scope.ServiceProvider.GetRequiredService<ITenantAccounts>()
            .CreateAsync(new NewAccount(userName, email, TenantUsers.Password, roles));
        Assert.Empty(problems);
    }

    public async Task<HttpClient> LogInAsync(string userName = CoordinatorUser)
    {
        var client = NewClient();
        await TenantUsers.LogInAsync(client, $"/{tenant.Name}/", userName);
        return client;
    }

    /// <summary>A volunteer's report for an elderly resident of Kolkanpää: home help, both of whose providers match.</summary>
    public static Dictionary<string, string> ValidNeed(string field = "kotiapu-ja-asiointi", string place = "villages/kolkanpaa") => new()
    {
        ["Input.Description"] = "Iäkäs naapurini tarvitsee apua kauppa-asioinnissa kerran viikossa.",
        ["Input.ServiceField"] = field,
        ["Input.Place"] = place,
        ["Input.Address"] = "Kolkanpääntie 12",
        ["Input.Urgency"] = "Soon",
        ["Input.Recurring"] = "true",
        ["Input.OnBehalf"] = "true",
        ["Input.PersonName"] = "Aino Asukas",
        ["Input.PersonConsent"] = "true",
        ["Input.ContactName"] = "Ville Vapaaehtoinen",
        ["Input.Email"] = "ville@example.fi",
        ["Input.Phone"] = "040 123 4567",
        ["Input.PreferredContact"] = "Phone",
        ["Input.ShareContact"] = "true",
        ["Input.Consent"] = "true",
    };

    /// <summary>Opens the form (in a language, "" for Finnish) and posts it with the page's antiforgery token.</summary>
    public Task<HttpResponseMessage> ReportAsync(HttpClient client, IDictionary<string, string> fields, string language = "") =>
        HtmlPages.SubmitAsync(client, Url(language + "palvelutarpeet/uusi"), "form.need-form", fields);

    /// <summary>Reports a valid need and returns its status page's path (with the token).</summary>
    public async Task<string> ReportNeedAsync(IDictionary<string, string>? fields = null)
    {
        var response = await ReportAsync(NewClient(), fields ?? ValidNeed());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('?')[0];
    }

    public Task<List<ServiceNeed>> NeedsAsync() => QueryAsync(db => db.Set<ServiceNeed>().AsNoTracking().OrderBy(n => n.Id).ToListAsync());

    public Task<List<NeedOffer>> OffersAsync() => QueryAsync(db => db.Set<NeedOffer>().AsNoTracking().OrderBy(o => o.Id).ToListAsync());

    public Task<T> QueryAsync<T>(Func<TenantDbContext, Task<T>> query) => host.InTenantAsync(tenant, query);

    /// <summary>Runs a tenant job of the module with the clock.</summary>
    public async Task RunAsync<TJob>(TimeProvider clock) where TJob : ITenantJob
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        await ActivatorUtilities.CreateInstance<TJob>(scope.ServiceProvider, clock).RunAsync(CancellationToken.None);
    }

    /// <summary>The mails the site has sent, read from the .eml files the portal writes without an SMTP server.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> SentMails()
    {
        var folder = Path.Combine(host.DataPath, "Mail", tenant.Name);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))] : [];
    }

    /// <summary>Waits until a mail to the address has arrived whose subject contains the text.</summary>
    public Task<MimeKit.MimeMessage> MailAsync(string to, string subject) =>
        Eventually.ValueAsync(() => Task.FromResult(SentMails().FirstOrDefault(m => m.To.ToString() == to && (m.Subject ?? "").Contains(subject, StringComparison.Ordinal))),
            $"a mail to {to} about '{subject}'");

    /// <summary>The first link of the mail's text to a page under the path.</summary>
    public static string LinkIn(MimeKit.MimeMessage mail, string path) =>
        new Uri(Link().Matches(mail.TextBody ?? "").Select(m => m.Value).First(l => l.Contains(path, StringComparison.Ordinal))).PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
