using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Statements.Accessibility;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Statements.Tests.Accessibility;

[Collection(PortalCollection.Name)]
public sealed class FeedbackReminderTests(PortalHost host)
{
    private static readonly DateTime Received = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Unanswered_feedback_is_reminded_of_once_three_days_before_its_deadline_and_not_before()
    {
        var site = await StatementSite.CreateAsync(host);
        await FeedbackAdminTests.AddFeedbackAsync(site, "veera@example.fi", Received);
        var clock = new FakeClock(Received.AddDays(11).AddMinutes(-1));

        await RemindAsync(site, clock);
        var beforeDue = Assert.Single(await site.FeedbackAsync()).ReminderSentUtc;
        clock.Now = Received.AddDays(11).AddMinutes(1);
        await RemindAsync(site, clock);
        await RemindAsync(site, clock);

        Assert.Null(beforeDue);
        var reminder = Assert.Single(await site.MailsAsync(1));
        Assert.Equal(StatementSite.AdminEmail, reminder.To.ToString());
        Assert.Equal("Muistutus: saavutettavuuspalautteeseen vastattava 15.6.2026 mennessä", reminder.Subject);
        Assert.Contains($"/{site.Tenant.Name}/admin/saavutettavuuspalaute", reminder.TextBody, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(await site.FeedbackAsync()).ReminderSentUtc);
    }

    [Fact]
    public async Task Answered_feedback_is_not_reminded_of()
    {
        var site = await StatementSite.CreateAsync(host);
        await FeedbackAdminTests.AddFeedbackAsync(site, "veera@example.fi", Received, answeredUtc: Received.AddDays(1));

        await RemindAsync(site, new FakeClock(Received.AddDays(12)));

        Assert.Null(Assert.Single(await site.FeedbackAsync()).ReminderSentUtc);
        Assert.Empty(site.SentMails());
    }

    [Fact]
    public void Reminder_is_a_tenant_job_of_the_statements_feature_run_at_least_daily()
    {
        var reminder = Assert.Single(host.Services.GetServices<TenantJobRegistration>(), r => r.JobType == typeof(FeedbackReminder));

        Assert.Equal("Statements", reminder.Feature);
        Assert.True(reminder.Interval <= TimeSpan.FromDays(1));
    }

    // The job as the runner would resolve it in the tenant's scope, but reading the test's clock.
    private async Task RemindAsync(StatementSite site, TimeProvider clock)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site.Tenant);
        await ActivatorUtilities.CreateInstance<FeedbackReminder>(scope.ServiceProvider, clock).RunAsync(CancellationToken.None);
    }
}
