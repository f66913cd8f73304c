using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Messaging;

namespace Verkostoportaali.Users.Notifications;

/// <summary>A notification a user may get, the source that declares it (whose PO files translate its name), and whether it is on.</summary>
public sealed record NotificationChoice(Notification Notification, Type Source, bool On);

/// <summary>
/// The notifications a signed-in user can turn on and off on their own account page: those of the modules the site
/// runs whose permission the user holds. Each one is on until the user turns it off.
/// </summary>
public sealed class NotificationSettings(
    IEnumerable<INotificationSource> sources, ModuleCatalog catalog, TenantContext tenant, IPermissionGrants grants, TenantDbContext db)
{
    public async Task<IReadOnlyList<NotificationChoice>> ChoicesAsync(ClaimsPrincipal user, string userId, CancellationToken cancellationToken)
    {
        var granted = await grants.GrantedToAsync(user, cancellationToken);
        var administrator = user.IsInRole(PortalRoles.Administrator);
        var off = (await OptOuts(userId).Select(o => o.NotificationId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. sources.Where(s => catalog.RunsIn(s, tenant.Tenant))
            .SelectMany(s => s.Notifications.Select(n => new NotificationChoice(n, s.GetType(), !off.Contains(n.Id))))
            .Where(c => NotificationRecipients.Holds(administrator, granted, c.Notification.Permission))
            .DistinctBy(c => c.Notification.Id)];
    }

    /// <summary>Turns on the offered notifications in <paramref name="wanted"/> and off the other offered ones; others stay as they were.</summary>
    public async Task SaveAsync(ClaimsPrincipal user, string userId, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken)
    {
        var offered = (await ChoicesAsync(user, userId, cancellationToken)).Select(c => c.Notification.Id).ToList();
        var stored = await OptOuts(userId).ToListAsync(cancellationToken);
        db.RemoveRange(stored.Where(o => offered.Contains(o.NotificationId) && wanted.Contains(o.NotificationId)));
        db.AddRange(offered.Where(id => !wanted.Contains(id) && !stored.Any(o => o.NotificationId == id))
            .Select(id => new NotificationOptOut { UserId = userId, NotificationId = id }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes the user's settings in the current transaction, when the user is deleted.</summary>
    public Task DeleteOfAsync(string userId, CancellationToken cancellationToken) => OptOuts(userId).ExecuteDeleteAsync(cancellationToken);

    private IQueryable<NotificationOptOut> OptOuts(string userId) => db.Set<NotificationOptOut>().Where(o => o.UserId == userId);
}
