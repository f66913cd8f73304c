using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Mail;

/// <summary>A mail in the tenant's outbox: waiting until <see cref="NextAttemptUtc"/>, or sent at <see cref="SentUtc"/>.</summary>
public sealed class QueuedMail
{
    public const int MaxAddressLength = 320;
    public const int MaxSubjectLength = 500;
    public const int MaxErrorLength = 1000;

    public long Id { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Text { get; init; }
    public required string Html { get; init; }
    public DateTime CreatedUtc { get; init; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public string? LastError { get; set; }
}

internal sealed class QueuedMailTable : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var mail = modelBuilder.Entity<QueuedMail>();
        mail.ToTable("MailOutbox");
        mail.Property(m => m.To).HasMaxLength(QueuedMail.MaxAddressLength);
        mail.Property(m => m.Subject).HasMaxLength(QueuedMail.MaxSubjectLength);
        mail.Property(m => m.LastError).HasMaxLength(QueuedMail.MaxErrorLength);
        mail.HasIndex(m => new { m.SentUtc, m.NextAttemptUtc });
    }
}
