using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests.Accessibility;

/// <summary>Unanswered accessibility feedback on the administrator's dashboard, overdue first.</summary>
[Collection(PortalCollection.Name)]
public sealed class FeedbackAttentionTests(PortalHost host)
{
    [Fact]
    public async Task The_dashboard_lists_overdue_feedback_first_then_feedback_waiting_with_its_deadline()
    {
        var site = await StatementSite.CreateAsync(host);
        var now = DateTime.UtcNow;
        await FeedbackAdminTests.AddFeedbackAsync(site, "myohassa@example.fi", now.AddDays(-15));
        await FeedbackAdminTests.AddFeedbackAsync(site, "vastattu@example.fi", now.AddDays(-20), answeredUtc: now.AddDays(-19));
        await FeedbackAdminTests.AddFeedbackAsync(site, "uusi@example.fi", now.AddDays(-2));
        await FeedbackAdminTests.AddFeedbackAsync(site, "uusin@example.fi", now.AddHours(-1));
        var admin = await site.LogInAsync();

        var page = await HtmlPages.GetPageAsync(admin, site.Url("sv/admin"));

        var items = page.QuerySelectorAll(".attention li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("1 respons om tillgänglighet har passerat svarstiden på 14 dagar.", items[0]);
        Assert.StartsWith("2 responser om tillgänglighet väntar på svar; den närmaste tidsfristen är ", items[1], StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".attention li.attention-overdue a[href='{site.Url("sv/admin/saavutettavuuspalaute")}']"));
    }
}
