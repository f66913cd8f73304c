using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>
/// A visitor's request to join a network. Personal data, so a plain row in the tenant's database rather than
/// a content item: never versioned, never public, and deleted by <see cref="JoinRequestPurge"/> after the retention period.
/// </summary>
public sealed class JoinRequest
{
    public int Id { get; init; }
    public required string NetworkContentItemId { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public string? Phone { get; init; }
    public string? Message { get; init; }
    public bool ConsentGiven { get; init; }
    public DateTime CreatedUtc { get; init; }
    public DateTime? HandledUtc { get; set; }
    public string? HandledBy { get; set; }
}

internal sealed class JoinRequestTable : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<JoinRequest>(request =>
    {
        request.ToTable("NetworkJoinRequests");
        request.Property(r => r.NetworkContentItemId).HasMaxLength(100);
        request.Property(r => r.Name).HasMaxLength(JoinRequestInput.NameMaxLength);
        request.Property(r => r.Email).HasMaxLength(JoinRequestInput.EmailMaxLength);
        request.Property(r => r.Phone).HasMaxLength(JoinRequestInput.PhoneMaxLength);
        request.Property(r => r.Message).HasMaxLength(JoinRequestInput.MessageMaxLength);
        request.Property(r => r.HandledBy).HasMaxLength(256);
        request.HasIndex(r => new { r.NetworkContentItemId, r.CreatedUtc });
        request.HasIndex(r => r.CreatedUtc);
    });
}
