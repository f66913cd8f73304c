using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Messaging;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Invitations;
using Verkostoportaali.Users.Security;

namespace Verkostoportaali.Users.Sites;

/// <summary>One of a site's administrators, as the portal admin sees them.</summary>
public sealed record SiteAdministrator(string Id, string UserName, string? Email, bool Invited, bool Locked);

/// <summary>
/// The portal admin's hold on any site's administrators (the admin page and <c>tenants invite</c>): each call works in
/// the site's own scope, so its database, its Identity rules and its audit trail, which names the portal admin.
/// </summary>
public sealed class SiteAdministrators(TenantRegistry registry, TenantScopes scopes, TimeProvider clock)
{
    /// <summary>A running site other than the portal, by name; null when there is none.</summary>
    public Tenant? Find(string? name) => registry.Find(name ?? "") is { IsDefault: false, State: TenantState.Running } site ? site : null;

    public async Task<IReadOnlyList<SiteAdministrator>> ListAsync(Tenant site, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(site);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var administrators = await users.GetUsersInRoleAsync(PortalRoles.Administrator);
        return [.. administrators.OrderBy(u => u.UserName, StringComparer.CurrentCulture).Select(u => new SiteAdministrator(
            u.Id, u.UserName ?? "", u.Email, InvitationMail.IsPending(u), UserChanges.IsLocked(u, clock)))];
    }

    /// <summary>Invites a new user of the site with one of its roles; the mail's links point to the site.</summary>
    public async Task<IdentityResult> InviteAsync(Tenant site, string email, string role, HttpRequest? request, string language,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(site);
        var services = scope.ServiceProvider;
        if (!await services.GetRequiredService<RoleManager<IdentityRole>>().Roles.AnyAsync(r => r.Name == role, cancellationToken))
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = role });
        }
        return await SiteAddress.InLanguageAsync(language, () => services.GetRequiredService<InvitationMail>().InviteAsync(
            new Invitee(email, null, [role]), SiteAddress.For(site, request, language, services), cancellationToken));
    }

    /// <summary>Mails the administrator a reset link, or a new invitation when they have not set a password yet; false when there is no such administrator with an address.</summary>
    public async Task<bool> SendLinkAsync(Tenant site, string userId, HttpRequest? request, string language, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(site);
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByIdAsync(userId) is not { Email: { Length: > 0 } } user || !await users.IsInRoleAsync(user, PortalRoles.Administrator))
        {
            return false;
        }
        var address = SiteAddress.For(site, request, language, services);
        return await SiteAddress.InLanguageAsync(language, async () =>
        {
            if (!InvitationMail.IsPending(user))
            {
                return await services.GetRequiredService<PasswordResetMail>().SendToAsync(user, address, cancellationToken);
            }
            await services.GetRequiredService<InvitationMail>().SendAgainAsync(user, address, cancellationToken);
            return true;
        });
    }
}
