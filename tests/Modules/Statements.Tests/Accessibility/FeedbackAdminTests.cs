using System.Net;
using Verkostoportaali.Statements.Accessibility;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests.Accessibility;

[Collection(PortalCollection.Name)]
public sealed class FeedbackAdminTests(PortalHost host)
{
    private const string AdminPath = "admin/saavutettavuuspalaute";

    [Fact]
    public async Task Administrator_sees_feedback_with_its_received_date_and_deadline_and_overdue_feedback_is_marked()
    {
        var site = await StatementSite.CreateAsync(host);
        await site.SendFeedbackAsync(site.NewClient(), StatementSite.ValidFeedback());
        await AddFeedbackAsync(site, "myohassa@example.fi", DateTime.UtcNow.AddDays(-15));
        var admin = await site.LogInAsync();

        var page = await HtmlPages.GetPageAsync(admin, site.Url(AdminPath));

        var rows = page.QuerySelectorAll("table.feedback-list tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var late = rows.Single(r => r.TextContent.Contains("myohassa@example.fi", StringComparison.Ordinal));
        var fresh = rows.Single(r => r.TextContent.Contains("veera@example.fi", StringComparison.Ordinal));
        Assert.Equal("Myöhässä", late.QuerySelector(".overdue")?.TextContent);
        Assert.Null(fresh.QuerySelector(".overdue"));
        var received = DateTime.Parse(fresh.QuerySelectorAll("time")[0].GetAttribute("datetime")!, null, System.Globalization.DateTimeStyles.RoundtripKind);
        var deadline = DateTime.Parse(fresh.QuerySelectorAll("time")[1].GetAttribute("datetime")!, null, System.Globalization.DateTimeStyles.RoundtripKind);
        Assert.Equal(TimeSpan.FromDays(14), deadline - received);
        Assert.Contains("Tapahtumasivun kalenteria", fresh.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_marks_feedback_answered_and_it_is_no_longer_overdue()
    {
        var site = await StatementSite.CreateAsync(host);
        await AddFeedbackAsync(site, "myohassa@example.fi", DateTime.UtcNow.AddDays(-20));
        var admin = await site.LogInAsync();

        var response = await HtmlPages.SubmitAsync(admin, site.Url(AdminPath), "table.feedback-list form", new Dictionary<string, string>());
        var page = await HtmlPages.GetPageAsync(admin, site.Url(AdminPath));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var feedback = Assert.Single(await site.FeedbackAsync());
        Assert.NotNull(feedback.AnsweredUtc);
        Assert.Equal(StatementSite.AdminUser, feedback.AnsweredBy);
        Assert.Null(page.QuerySelector(".overdue"));
        Assert.Contains("Vastattu", page.QuerySelector("table.feedback-list tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_without_the_permission_does_not_see_the_feedback()
    {
        var site = await StatementSite.CreateAsync(host);
        await site.SendFeedbackAsync(site.NewClient(), StatementSite.ValidFeedback());
        await site.AddUserAsync("toimittaja", "toimittaja@example.fi", "Editor");
        var editor = await site.LogInAsync("toimittaja");

        var response = await editor.GetAsync(site.Url(AdminPath));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("veera@example.fi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static Task AddFeedbackAsync(StatementSite site, string email, DateTime receivedUtc, DateTime? answeredUtc = null) =>
        site.InTenantAsync(db =>
        {
            db.Add(new Feedback
            {
                Email = email,
                Message = "Kuvilta puuttuu tekstivastine.",
                Language = "fi",
                SiteAddress = $"http://localhost/{site.Tenant.Name}/",
                ReceivedUtc = receivedUtc,
                AnsweredUtc = answeredUtc,
            });
            return db.SaveChangesAsync();
        });
}
