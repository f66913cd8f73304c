using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Statements.Accessibility;

/// <summary>
/// Feedback on the site's accessibility. The Act on the Provision of Digital Services (306/2019, section 17) gives the
/// site 14 days to answer it, so the row keeps when it came, whether it was answered, and whether the reminder went out.
/// </summary>
public sealed class Feedback
{
    public static readonly TimeSpan AnswerTime = TimeSpan.FromDays(14);

    public int Id { get; init; }
    public string? Name { get; init; }
    public required string Email { get; init; }
    public required string Message { get; init; }
    /// <summary>The language the sender wrote in (fi, sv or en), for the answer.</summary>
    public required string Language { get; init; }
    /// <summary>The site's address as the sender reached it, for the links of mails sent later by a job without a request.</summary>
    public required string SiteAddress { get; init; }
    public DateTime ReceivedUtc { get; init; }
    public DateTime? ReminderSentUtc { get; set; }
    public DateTime? AnsweredUtc { get; set; }
    public string? AnsweredBy { get; set; }

    public DateTime DeadlineUtc => ReceivedUtc + AnswerTime;

    public bool IsOverdue(DateTime nowUtc) => AnsweredUtc is null && nowUtc > DeadlineUtc;
}

internal sealed class FeedbackTable : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<Feedback>(feedback =>
    {
        feedback.ToTable("AccessibilityFeedback");
        feedback.Property(f => f.Name).HasMaxLength(FeedbackInput.NameMaxLength);
        feedback.Property(f => f.Email).HasMaxLength(FeedbackInput.EmailMaxLength);
        feedback.Property(f => f.Message).HasMaxLength(FeedbackInput.MessageMaxLength);
        feedback.Property(f => f.Language).HasMaxLength(2);
        feedback.Property(f => f.SiteAddress).HasMaxLength(500);
        feedback.Property(f => f.AnsweredBy).HasMaxLength(256);
        feedback.Ignore(f => f.DeadlineUtc);
        feedback.HasIndex(f => f.ReceivedUtc);
        feedback.HasIndex(f => f.Email);
    });
}
