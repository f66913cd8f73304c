using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Upgrade;

/// <summary>Sites an earlier release made get the default features added since, and what those features serve.</summary>
public sealed class DefaultFeatureUpgradeTests(UpgradedPortals portals) : IClassFixture<UpgradedPortals>
{
    public static TheoryData<string> Fixtures => UpgradedPortals.Names;

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Every_site_has_the_statements_and_the_mail_they_send_by_and_serves_its_accessibility_statement(string fixture)
    {
        var portal = await portals.StartedAsync(fixture);
        using var client = portal.CreateClient();
        var registry = portal.Services.GetRequiredService<TenantRegistry>();

        var found = new List<string>();
        foreach (var tenant in portal.Manifest.Tenants)
        {
            var site = registry.Find(tenant.Name);
            var statement = await client.GetAsync(tenant.UrlPrefix is { } prefix ? $"/{prefix}/saavutettavuus" : "/saavutettavuus");
            found.Add($"{tenant.Name}: Statements {site?.HasFeature("Statements")}, Mail {site?.HasFeature("Mail")}, {(int)statement.StatusCode}");
        }

        Assert.Equal(portal.Manifest.Tenants.Select(t => $"{t.Name}: Statements True, Mail True, 200"), found);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_sites_administrator_from_before_opens_the_accessibility_feedback_and_the_mail_admin(string fixture)
    {
        var portal = await portals.StartedAsync(fixture);

        var answers = new List<string>();
        foreach (var account in portal.Manifest.Accounts.Where(a => IsAdministrator(portal.Manifest, a)))
        {
            using var client = portal.CreateClient();
            await HtmlPages.SubmitAsync(client, account.SiteRoot + "login", "main form",
                new Dictionary<string, string> { ["Input.UserName"] = account.UserName, ["Input.Password"] = account.Password });
            foreach (var page in new[] { "admin/saavutettavuuspalaute", "admin/posti" })
            {
                answers.Add($"{account.SiteRoot}{page} {account.UserName}: {(int)(await client.GetAsync(account.SiteRoot + page)).StatusCode}");
            }
        }

        Assert.NotEmpty(answers);
        Assert.All(answers, answer => Assert.EndsWith(": 200", answer, StringComparison.Ordinal));
    }

    private static bool IsAdministrator(UpgradeManifest manifest, RecordedAccount account) =>
        manifest.Sites.TryGetValue(account.SiteRoot == "/" ? TenantName.Default : account.SiteRoot.Trim('/'), out var site)
        && site.Users.Any(u => u.UserName == account.UserName && u.Roles.Contains("Administrator"));
}
