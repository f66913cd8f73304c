using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.AuditTrail;

/// <summary>One recorded change: who did what to which subject, when, in which tenant.</summary>
public sealed class AuditEntry
{
    public const int MaxDescriptionLength = 500;

    public long Id { get; init; }
    public required string Tenant { get; init; }
    public DateTime UtcTime { get; init; }
    public required string UserName { get; init; }
    public required string Action { get; init; }
    public required string SubjectType { get; init; }
    public required string SubjectId { get; init; }
    public string? Description { get; init; }
}

internal sealed class AuditEntryTable : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<AuditEntry>();
        entry.ToTable("AuditEntries");
        entry.Property(e => e.Tenant).HasMaxLength(100);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(64);
        entry.Property(e => e.SubjectType).HasMaxLength(128);
        entry.Property(e => e.SubjectId).HasMaxLength(256);
        entry.Property(e => e.Description).HasMaxLength(AuditEntry.MaxDescriptionLength);
        entry.HasIndex(e => e.UtcTime);
        entry.HasIndex(e => new { e.UserName, e.UtcTime });
    }
}
