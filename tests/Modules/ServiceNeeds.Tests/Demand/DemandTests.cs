using System.Net;
using System.Text.Json;
using Verkostoportaali.ServiceNeeds.Reporting;
using Verkostoportaali.ServiceNeeds.Tests.Routing;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests.Demand;

[Collection(PortalCollection.Name)]
public sealed class DemandTests(PortalHost host)
{
    [Fact]
    public async Task A_need_with_no_matching_provider_closed_as_unmet_is_listed_among_the_unmet_needs_and_counted()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync(NeedSite.ValidNeed("remontointi-ja-korjaukset", "villages/pajupuro"));
        var need = Assert.Single(await site.NeedsAsync());
        var coordinator = await site.LogInAsync();
        var detail = await HtmlPages.GetPageAsync(coordinator, site.Url($"admin/palvelutarpeet/{need.Id}"));

        await HtmlPages.SubmitAsync(coordinator, site.Url($"admin/palvelutarpeet/{need.Id}"), "form[action*=NoProvider]", new Dictionary<string, string>());
        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("palvelutarpeet/kysynta"));

        Assert.Empty(detail.QuerySelectorAll("input[name=providers][checked]"));
        var unmet = Assert.Single(page.QuerySelectorAll("table.unmet-needs tbody tr"));
        Assert.Contains("Remontointi ja korjaukset", unmet.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pajupuro", unmet.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ville", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("naapuri", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_are_given_as_csv_and_json_by_month_field_place_and_outcome_without_personal_data()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();
        await site.ReportNeedAsync();
        await site.ReportNeedAsync(NeedSite.ValidNeed("kuljetus-ja-kyydit", "municipalities/saarijarvi"));
        var client = site.NewClient();

        var csv = await client.GetStringAsync(site.Url("palvelutarpeet/kysynta.csv"));
        var json = JsonDocument.Parse(await client.GetStringAsync(site.Url("en/palvelutarpeet/kysynta.json"))).RootElement;

        var month = DateTime.UtcNow.AddHours(2).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("month,service_field,service_field_name,place,place_name,outcome,count\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("kotiapu-ja-asiointi,\"Kotiapu ja asiointi\",villages/kolkanpaa,\"Kolkanpää\",Open,2", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("ville", csv, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, json.GetArrayLength());
        var rides = json.EnumerateArray().Single(r => r.GetProperty("serviceField").GetString() == "kuljetus-ja-kyydit");
        Assert.Equal("Transport and rides", rides.GetProperty("serviceFieldName").GetString());
        Assert.Equal("Open", rides.GetProperty("outcome").GetString());
        Assert.Equal(1, rides.GetProperty("count").GetInt32());
        Assert.False(rides.TryGetProperty("email", out _));
        Assert.Contains(month, csv.Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_purge_deletes_the_personal_data_of_needs_closed_long_enough_ago_and_keeps_the_counts()
    {
        var site = await NeedSite.CreateAsync(host, settings: """{ "ServiceNeedSettings": { "retentionMonths": 6 } }""");
        await site.ReportNeedAsync();
        await site.ReportNeedAsync(NeedSite.ValidNeed("kuljetus-ja-kyydit"));
        var (closed, open) = ((await site.NeedsAsync())[0], (await site.NeedsAsync())[1]);
        var coordinator = await site.LogInAsync();
        await HtmlPages.SubmitAsync(coordinator, site.Url($"admin/palvelutarpeet/{closed.Id}"), "form[action*=NoProvider]", new Dictionary<string, string>());
        var closedUtc = (await site.NeedsAsync())[0].ClosedUtc!.Value;
        var before = await site.NewClient().GetStringAsync(site.Url("palvelutarpeet/kysynta.csv"));

        await site.RunAsync<NeedPurge>(new FakeClock(closedUtc.AddMonths(6).AddMinutes(-1)));
        var kept = (await site.NeedsAsync())[0];
        await site.RunAsync<NeedPurge>(new FakeClock(closedUtc.AddMonths(6).AddMinutes(1)));

        Assert.Equal("ville@example.fi", kept.Email);
        var purged = (await site.NeedsAsync())[0];
        Assert.Null(purged.Email);
        Assert.Null(purged.ContactName);
        Assert.Null(purged.PersonName);
        Assert.Null(purged.Description);
        Assert.Null(purged.Address);
        Assert.Null(purged.Phone);
        Assert.NotNull(purged.PersonalDataDeletedUtc);
        Assert.Equal(NeedStatus.NoProviderFound, purged.Status);
        Assert.Equal("ville@example.fi", (await site.NeedsAsync())[1].Email);
        Assert.Equal(before, await site.NewClient().GetStringAsync(site.Url("palvelutarpeet/kysynta.csv")));
        Assert.Equal(open.Id, (await site.NeedsAsync())[1].Id);
    }

    [Fact]
    public async Task The_privacy_statement_has_the_service_needs_section_with_the_sites_retention()
    {
        var site = await NeedSite.CreateAsync(host, settings: """{ "ServiceNeedSettings": { "retentionMonths": 6 } }""");

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url("tietosuoja"));

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Palvelutarpeet", text, StringComparison.Ordinal);
        Assert.Contains("6 kuukautta sen jälkeen, kun tarve suljettiin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_and_reporter_mark_an_accepted_need_done_and_the_reporter_gives_feedback_once()
    {
        var site = await NeedSite.CreateAsync(host);
        var statusPath = await site.ReportNeedAsync();
        await ForwardingTests.ForwardAsync(site);
        var link = NeedSite.LinkIn(await site.MailAsync("kotiapu@example.fi", "Palvelutarve teille"), "/palvelutarpeet/tarjous/");
        await HtmlPages.SubmitAsync(site.NewClient(), link, "form[action*=Accept]", new Dictionary<string, string>());

        var done = await HtmlPages.SubmitAsync(site.NewClient(), statusPath, "form[action*=Done]", new Dictionary<string, string>());
        var bad = await HtmlPages.SubmitAsync(site.NewClient(), statusPath, "form.need-feedback", new Dictionary<string, string> { ["Rating"] = "9" });
        await HtmlPages.SubmitAsync(site.NewClient(), statusPath, "form.need-feedback", new Dictionary<string, string> { ["Rating"] = "5", ["Feedback"] = "Hyvin meni." });
        var page = await HtmlPages.GetPageAsync(site.NewClient(), statusPath);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Valitse arvosana 1–5", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var need = Assert.Single(await site.NeedsAsync());
        Assert.Equal(NeedStatus.Done, need.Status);
        Assert.Equal(5, need.FeedbackRating);
        Assert.Equal("Hyvin meni.", need.Feedback);
        Assert.Null(page.QuerySelector("form.need-feedback"));
        Assert.NotNull(need.ClosedUtc);
    }
}
