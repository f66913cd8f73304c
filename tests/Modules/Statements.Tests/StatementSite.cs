using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Statements.Accessibility;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests;

/// <summary>A tenant of its own with the default features (Statements among them) and an administrator who has an address.</summary>
internal sealed class StatementSite(PortalHost host, Tenant tenant)
{
    public const string AdminUser = "yllapitaja";
    public const string AdminEmail = "yllapitaja@example.fi";

    public Tenant Tenant => tenant;

    public static async Task<StatementSite> CreateAsync(PortalHost host, string settings = "{}", string features = "\"Contents\"")
    {
        var site = new StatementSite(host, await host.CreateSiteAsync($$"""
            { "name": "statements-test", "steps": [
                { "name": "Features", "enable": [{{features}}] },
                { "name": "Settings", "sections": {{settings}} } ] }
            """));
        await site.AddUserAsync(AdminUser, AdminEmail, PortalRoles.Administrator);
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

    /// <summary>A client signed in to this tenant as the user.</summary>
    public async Task<HttpClient> LogInAsync(string userName = AdminUser)
    {
        var client = NewClient();
        await TenantUsers.LogInAsync(client, $"/{tenant.Name}/", userName);
        return client;
    }

    public static Dictionary<string, string> ValidFeedback() => new()
    {
        ["Input.Name"] = "Veera Vierailija",
        ["Input.Email"] = "veera@example.fi",
        ["Input.Message"] = "Tapahtumasivun kalenteria ei voi käyttää näppäimistöllä.",
    };

    /// <summary>Opens the statement (in a language, "" for Finnish) and posts its feedback form with the page's antiforgery token.</summary>
    public Task<HttpResponseMessage> SendFeedbackAsync(HttpClient client, IDictionary<string, string> fields, string language = "") =>
        HtmlPages.SubmitAsync(client, Url(language + "saavutettavuus"), "form.feedback-form", fields);

    public Task<List<Feedback>> FeedbackAsync() =>
        host.InTenantAsync<TenantDbContext, List<Feedback>>(tenant, db => db.Set<Feedback>().AsNoTracking().OrderBy(f => f.Id).ToListAsync());

    public Task<int> InTenantAsync(Func<TenantDbContext, Task<int>> action) => host.InTenantAsync(tenant, action);

    public Task<T> QueryAsync<T>(Func<TenantDbContext, Task<T>> query) => host.InTenantAsync(tenant, query);

    /// <summary>The mails the site has sent, read from the .eml files the portal writes without an SMTP server.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> SentMails()
    {
        var folder = Path.Combine(host.DataPath, "Mail", tenant.Name);
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))] : [];
    }

    /// <summary>Waits until the site has sent <paramref name="count"/> mails.</summary>
    public Task<IReadOnlyList<MimeKit.MimeMessage>> MailsAsync(int count) =>
        Eventually.ValueAsync(() => Task.FromResult(SentMails() is { } sent && sent.Count >= count ? sent : null), $"{count} mails");
}
