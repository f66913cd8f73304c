using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests;

/// <summary>A tenant of its own with one account; asks for password reset links and sets passwords as a browser would.</summary>
internal sealed partial class MailSite(PortalHost host, Tenant tenant)
{
    public const string From = SmtpPortal.From;
    public const string NewPassword = "Uusi-salasana-2026!";

    public Tenant Tenant => tenant;

    /// <summary>A new site with one account, an Author unless <paramref name="roles"/> are given.</summary>
    public static async Task<MailSite> CreateAsync(PortalHost host, string userName, string? email, params string[] roles)
    {
        var site = new MailSite(host, await host.CreateSiteAsync());
        await site.AddAccountAsync(userName, email, roles);
        return site;
    }

    public async Task AddAccountAsync(string userName, string? email, params string[] roles)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(tenant);
        var problems = await scope.ServiceProvider.GetRequiredService<ITenantAccounts>()
            .CreateAsync(new NewAccount(userName, email, TenantUsers.Password, roles.Length == 0 ? ["Author"] : roles));
        Assert.Empty(problems);
    }

    public string Url(string path) => $"/{tenant.Name}/{path}";

    public HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Fills the forgotten-password form (<paramref name="language"/> "" for Finnish, or "sv/", "en/") and answers the page's message.</summary>
    public async Task<string> AskForLinkAsync(HttpClient client, string userNameOrEmail, string language = "")
    {
        var response = await HtmlPages.SubmitAsync(client, Url(language + "salasana-unohtui"), "main form",
            new Dictionary<string, string> { ["Input.UserNameOrEmail"] = userNameOrEmail });
        response.EnsureSuccessStatusCode();
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("main [role=status]")?.TextContent.Trim() ?? throw new InvalidOperationException("No message on the page.");
    }

    /// <summary>Opens the reset link and posts its form with the new password; answers the page.</summary>
    public static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password)
    {
        var page = await HtmlPages.GetPageAsync(client, link);
        var form = page.QuerySelector("main form") ?? throw new InvalidOperationException("No form on the reset page.");
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Input.Password"] = password;
        fields["Input.Repeat"] = password;
        return await client.PostAsync(link, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password) =>
        HtmlPages.SubmitAsync(client, Url("login"), "main form",
            new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });

    public Task<List<QueuedMail>> OutboxAsync() =>
        host.InTenantAsync<TenantDbContext, List<QueuedMail>>(tenant, db => db.Set<QueuedMail>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    public Task<MailSettings> SettingsAsync() =>
        host.InTenantAsync<SiteSettingsStore, MailSettings>(tenant, settings => settings.GetAsync<MailSettings>());

    /// <summary>Puts a mail in the outbox as if it had failed three times and were due again only after <paramref name="wait"/>.</summary>
    public Task<long> AddFailedMailAsync(string to, string subject, string error, TimeSpan wait) =>
        host.InTenantAsync<TenantDbContext, long>(tenant, async db =>
        {
            var mail = new QueuedMail
            {
                To = to, Subject = subject, Text = "Teksti", Html = "<p>Teksti</p>", CreatedUtc = DateTime.UtcNow.AddHours(-1),
                Attempts = 3, NextAttemptUtc = DateTime.UtcNow + wait, LastError = error,
            };
            db.Add(mail);
            await db.SaveChangesAsync();
            return mail.Id;
        });

    public static string ResetLink(MimeMessage mail) =>
        ResetLinkPattern().Match(mail.TextBody ?? "") is { Success: true } match ? match.Value : throw new InvalidOperationException("No link in the mail.");

    [GeneratedRegex(@"https?://\S+/salasana-uusi\?\S+")]
    private static partial Regex ResetLinkPattern();
}
