using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.ServiceNeeds.Reporting;

namespace Verkostoportaali.ServiceNeeds;

/// <summary>
/// A service need someone reported. A plain row of the tenant's database, not a content item: it holds personal data,
/// is never public or searchable, and the purge job blanks its personal fields after the retention period,
/// leaving what the demand counts need (service field, place, month, outcome).
/// </summary>
public sealed class ServiceNeed
{
    public int Id { get; init; }
    /// <summary>SHA-256 of the reporter's status link's token; the token itself is only in the link.</summary>
    public required string StatusTokenHash { get; init; }
    public required string ServiceField { get; init; }
    /// <summary>The place as a term: <c>villages/kolkanpaa</c> or <c>municipalities/saarijarvi</c>.</summary>
    public required string Place { get; init; }
    /// <summary>The place's municipality (the place itself, or a village's parent), for matching and counts.</summary>
    public string? Municipality { get; init; }
    public DateOnly? NeededBy { get; init; }
    public Urgency Urgency { get; init; }
    public bool Recurring { get; init; }
    public bool OnBehalf { get; init; }
    public DateTime CreatedUtc { get; init; }
    /// <summary>The reporter's language (fi, sv or en) and the site's address as they reached it, for later mails.</summary>
    public required string Language { get; init; }
    public required string SiteAddress { get; init; }
    public NeedStatus Status { get; set; } = NeedStatus.New;
    public DateTime? ClosedUtc { get; set; }
    public string? AssignedProvider { get; set; }
    public int? FeedbackRating { get; set; }
    public bool IsExample { get; init; }

    // Personal data: blanked by the purge (PersonalDataDeletedUtc says when).
    public string? Description { get; set; }
    public string? Address { get; set; }
    public string? PersonName { get; set; }
    public string? ContactName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public ContactWay PreferredContact { get; init; }
    public bool ShareContact { get; init; }
    public bool ShareAddress { get; init; }
    public string? Feedback { get; set; }
    public DateTime? PersonalDataDeletedUtc { get; set; }

    /// <summary>What the reporter and the coordinator call the need: year and number, <c>2026-0007</c>.</summary>
    public string Reference => $"{CreatedUtc.Year}-{Id:D4}";

    public bool IsClosed => Status is NeedStatus.Done or NeedStatus.NoProviderFound or NeedStatus.Withdrawn;
}

public enum NeedStatus { New, Forwarded, Accepted, Done, NoProviderFound, Withdrawn }

public enum Urgency { Flexible, Soon, Urgent }

public enum ContactWay { Email, Phone }

/// <summary>One change of a need's status: when, by whom (reporter, coordinator's name, provider's name) and an optional note.</summary>
public sealed class NeedEvent
{
    public int Id { get; init; }
    public int NeedId { get; init; }
    public NeedStatus Status { get; init; }
    public DateTime AtUtc { get; init; }
    public required string By { get; init; }
    public string? Note { get; set; }
}

internal sealed class ServiceNeedTables : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ServiceNeed>(need =>
        {
            need.ToTable("ServiceNeeds");
            need.Property(n => n.StatusTokenHash).HasMaxLength(64);
            need.Property(n => n.ServiceField).HasMaxLength(100);
            need.Property(n => n.Place).HasMaxLength(200);
            need.Property(n => n.Municipality).HasMaxLength(100);
            need.Property(n => n.Urgency).HasConversion<string>().HasMaxLength(20);
            need.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
            need.Property(n => n.PreferredContact).HasConversion<string>().HasMaxLength(20);
            need.Property(n => n.Language).HasMaxLength(2);
            need.Property(n => n.SiteAddress).HasMaxLength(500);
            need.Property(n => n.AssignedProvider).HasMaxLength(100);
            need.Property(n => n.Description).HasMaxLength(NeedInput.DescriptionMaxLength);
            need.Property(n => n.Address).HasMaxLength(NeedInput.AddressMaxLength);
            need.Property(n => n.PersonName).HasMaxLength(NeedInput.NameMaxLength);
            need.Property(n => n.ContactName).HasMaxLength(NeedInput.NameMaxLength);
            need.Property(n => n.Email).HasMaxLength(NeedInput.EmailMaxLength);
            need.Property(n => n.Phone).HasMaxLength(NeedInput.PhoneMaxLength);
            need.Property(n => n.Feedback).HasMaxLength(NeedInput.FeedbackMaxLength);
            need.Ignore(n => n.Reference);
            need.Ignore(n => n.IsClosed);
            need.HasIndex(n => n.StatusTokenHash).IsUnique();
            need.HasIndex(n => n.CreatedUtc);
            need.HasIndex(n => n.Email);
        });
        modelBuilder.Entity<NeedEvent>(history =>
        {
            history.ToTable("ServiceNeedEvents");
            history.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
            history.Property(e => e.By).HasMaxLength(256);
            history.Property(e => e.Note).HasMaxLength(NeedInput.FeedbackMaxLength);
            history.HasIndex(e => e.NeedId);
        });
        modelBuilder.Entity<NeedOffer>(offer =>
        {
            offer.ToTable("ServiceNeedOffers");
            offer.Property(o => o.ProviderContentItemId).HasMaxLength(100);
            offer.Property(o => o.ProviderName).HasMaxLength(300);
            offer.Property(o => o.Email).HasMaxLength(NeedInput.EmailMaxLength);
            offer.Property(o => o.TokenHash).HasMaxLength(64);
            offer.Property(o => o.Answer).HasConversion<string>().HasMaxLength(20);
            offer.Property(o => o.Question).HasMaxLength(NeedInput.FeedbackMaxLength);
            offer.Property(o => o.Language).HasMaxLength(5);
            offer.HasIndex(o => o.TokenHash).IsUnique();
            offer.HasIndex(o => o.NeedId);
        });
    }
}
