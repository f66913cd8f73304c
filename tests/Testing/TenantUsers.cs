using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Xunit;

namespace Verkostoportaali.Testing;

/// <summary>Accounts made inside one tenant as its administrator would make them, with the tenant's default roles.</summary>
public static class TenantUsers
{
    public const string Password = "Verkosto-testi-2026!";

    public static async Task AddAsync(IServiceProvider services, Tenant tenant, string userName, params string[] roles)
    {
        await using var scope = services.GetRequiredService<TenantScopes>().Create(tenant);
        var accounts = scope.ServiceProvider.GetRequiredService<ITenantAccounts>();
        var problems = await accounts.CreateAsync(new NewAccount(userName, null, Password, roles));
        Assert.True(problems.Count == 0, string.Join(" ", problems));
    }

    /// <summary>Signs a client that follows no redirects in to the site at <paramref name="siteRoot"/> ("/" or "/{tenant}/").</summary>
    public static async Task LogInAsync(HttpClient client, string siteRoot, string userName)
    {
        var response = await HtmlPages.SubmitAsync(client, siteRoot + "login", "main form",
            new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Saves the signed-in user's own admin language on their account page.</summary>
    public static async Task ChooseLanguageAsync(HttpClient client, string siteRoot, string language)
    {
        var response = await HtmlPages.SubmitAsync(client, siteRoot + "admin/tili", "form.account-language",
            new Dictionary<string, string> { ["UiLanguage"] = language });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
