using System.Net;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests;

[Collection(PortalCollection.Name)]
public sealed class SettingsTests(PortalHost host)
{
    private const string SettingsPath = "admin/palvelutarpeet/asetukset";

    [Fact]
    public async Task Coordinator_sets_the_retention_and_answer_time_and_the_privacy_statement_follows()
    {
        var site = await NeedSite.CreateAsync(host);
        var coordinator = await site.LogInAsync();

        var saved = await HtmlPages.SubmitAsync(coordinator, site.Url(SettingsPath), "form.need-form",
            new Dictionary<string, string> { ["Input.RetentionMonths"] = "3", ["Input.AnswerDays"] = "2" });
        var privacy = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("tietosuoja"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await host.InTenantAsync<SiteSettingsStore, ServiceNeedSettings>(site.Tenant, s => s.GetAsync<ServiceNeedSettings>());
        Assert.Equal(new ServiceNeedSettings { RetentionMonths = 3, AnswerDays = 2 }, stored);
        Assert.Contains("3 kuukautta sen jälkeen", privacy.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "Anna kuukausien määrä väliltä 1–120.")]
    [InlineData("kolme", "Anna kokonaisluku.")]
    public async Task A_bad_value_is_refused_with_a_message_and_nothing_is_saved(string months, string message)
    {
        var site = await NeedSite.CreateAsync(host);
        var coordinator = await site.LogInAsync();

        var refused = await HtmlPages.SubmitAsync(coordinator, site.Url(SettingsPath), "form.need-form",
            new Dictionary<string, string> { ["Input.RetentionMonths"] = months, ["Input.AnswerDays"] = "2" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new ServiceNeedSettings(), await host.InTenantAsync<SiteSettingsStore, ServiceNeedSettings>(site.Tenant, s => s.GetAsync<ServiceNeedSettings>()));
    }
}
