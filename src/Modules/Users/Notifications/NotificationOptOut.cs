using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Users.Notifications;

/// <summary>A notification a user has turned off on their own account page; deleted with the user.</summary>
public sealed class NotificationOptOut
{
    public const int MaxNotificationIdLength = 200;

    public required string UserId { get; init; }
    public required string NotificationId { get; init; }
}

internal sealed class NotificationOptOutTable : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder)
    {
        var optOut = modelBuilder.Entity<NotificationOptOut>();
        optOut.ToTable("UserNotificationOptOuts");
        optOut.HasKey(o => new { o.UserId, o.NotificationId });
        optOut.Property(o => o.NotificationId).HasMaxLength(NotificationOptOut.MaxNotificationIdLength);
        optOut.HasIndex(o => o.NotificationId);
    }
}
