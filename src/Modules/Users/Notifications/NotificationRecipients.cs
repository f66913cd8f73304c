using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;
using Verkostoportaali.Messaging;
using Verkostoportaali.Users.Language;

namespace Verkostoportaali.Users.Notifications;

/// <summary>
/// The site's users who get a notification: those with an address and a password (not a pending invitation), not
/// locked, who hold its permission through a role and have not turned it off; each in their chosen admin language.
/// </summary>
internal sealed class NotificationRecipients(TenantDbContext db, TimeProvider clock) : INotificationRecipients
{
    /// <summary>
    /// Whether a user holds a notification's permission. The Administrator role holds every one: it gets each
    /// permission of the modules a site has when the site is made, but not those of a module enabled later.
    /// </summary>
    public static bool Holds(bool administrator, IReadOnlySet<string> granted, Permission permission) =>
        administrator || permission.IsGrantedBy(granted);

    public async Task<IReadOnlyList<MailRecipient>> OfAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        var roleIds = await RolesHoldingAsync(notification.Permission, cancellationToken);
        var users = await db.Set<IdentityUser>()
            .Where(u => u.Email != null && u.Email != "" && u.PasswordHash != null)
            .Where(u => db.Set<IdentityUserRole<string>>().Any(r => r.UserId == u.Id && roleIds.Contains(r.RoleId)))
            .Where(u => !db.Set<NotificationOptOut>().Any(o => o.UserId == u.Id && o.NotificationId == notification.Id))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.Email, u.NormalizedEmail, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        // SQLite cannot compare DateTimeOffset columns, so locked accounts are left out here.
        var now = clock.GetUtcNow();
        var open = users.Where(u => !(u.LockoutEnd > now)).ToList();
        var languages = await LanguagesAsync([.. open.Select(u => u.Id)], cancellationToken);
        // Accounts may share an address; the address gets the notification once.
        return [.. open.DistinctBy(u => u.NormalizedEmail)
            .Select(u => new MailRecipient(u.Email!, languages.GetValueOrDefault(u.Id) ?? PortalCultures.Default))];
    }

    private async Task<List<string>> RolesHoldingAsync(Permission permission, CancellationToken cancellationToken)
    {
        var roles = await db.Set<IdentityRole>().Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var claims = await db.Set<IdentityRoleClaim<string>>().Where(c => c.ClaimType == RolePermissions.ClaimType)
            .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(cancellationToken);
        var granted = claims.ToLookup(c => c.RoleId, c => c.ClaimValue!);
        return [.. roles.Where(r => Holds(r.Name == PortalRoles.Administrator, granted[r.Id].ToHashSet(StringComparer.Ordinal), permission))
            .Select(r => r.Id)];
    }

    private async Task<Dictionary<string, string?>> LanguagesAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        var claims = await db.Set<IdentityUserClaim<string>>()
            .Where(c => c.ClaimType == AdminLanguage.ClaimType && userIds.Contains(c.UserId))
            .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(cancellationToken);
        return claims.GroupBy(c => c.UserId).ToDictionary(g => g.Key, g => AdminLanguage.Named(g.Last().ClaimValue));
    }
}
