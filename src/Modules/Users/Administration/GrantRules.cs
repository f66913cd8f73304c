using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Users.Administration;

/// <summary>A role as a user form shows it: checkable when <paramref name="Assignable"/>, else shown disabled.</summary>
public sealed record RoleChoice(string Name, bool Assignable);

/// <summary>
/// Who may hand out what in the admin, so that managing users or roles never leads to more rights: a user gives or
/// takes only roles and permissions they hold themselves, never changes their own roles, and only an Administrator
/// grants Administrator or PortalAdministrator. Recipes and commands act as the system and are not checked.
/// </summary>
public sealed class GrantRules(IPermissionGrants grants, PermissionCatalog catalog, RoleChanges roleChanges,
    RoleManager<IdentityRole> roles, IStringLocalizer<GrantRules> T)
{
    private static readonly string[] AdministratorOnly = [PortalRoles.Administrator, PortalRoles.PortalAdministrator];

    public static bool IsSelf(IdentityUser user, ClaimsPrincipal actor) =>
        string.Equals(user.UserName, actor.Identity?.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every role of the tenant by name, each with whether the actor may give it to or take it from another user.</summary>
    public async Task<IReadOnlyList<RoleChoice>> RoleChoicesAsync(ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var held = await grants.GrantedToAsync(actor, cancellationToken);
        var choices = new List<RoleChoice>();
        foreach (var role in await roles.Roles.OrderBy(r => r.Name).ToListAsync(cancellationToken))
        {
            choices.Add(new RoleChoice(role.Name!, AdministratorOnly.Contains(role.Name) ? actor.IsInRole(PortalRoles.Administrator)
                : (await roleChanges.PermissionsOfAsync(role, cancellationToken)).All(p => Holds(held, p))));
        }
        return choices;
    }

    /// <summary>
    /// The roles <paramref name="user"/> ends up with when the actor, offered <paramref name="choices"/> (from
    /// <see cref="RoleChoicesAsync"/>), posts <paramref name="posted"/>: roles the actor cannot assign keep their
    /// current state, since the form shows them disabled and does not post them. Null with an error when the post asks
    /// for a change the actor may not make.
    /// </summary>
    public (IReadOnlyList<string>? Roles, IdentityResult Result) Resolve(ClaimsPrincipal actor, IdentityUser? user,
        IReadOnlyCollection<string> current, IReadOnlyCollection<string> posted, IReadOnlyList<RoleChoice> choices)
    {
        if (user is not null && IsSelf(user, actor))
        {
            return (null, Refused(T["You cannot change your own roles."]));
        }
        var assignable = choices.Where(c => c.Assignable).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (posted.Except(current, StringComparer.Ordinal).FirstOrDefault(r => !assignable.Contains(r)) is { } refused)
        {
            return (null, Refused(AdministratorOnly.Contains(refused)
                ? T["Only an Administrator can grant the role {0}.", Shown(refused)]
                : T["You can grant the role {0} only if you hold all its permissions yourself.", Shown(refused)]));
        }
        var kept = current.Where(r => !assignable.Contains(r));
        return ([.. posted.Where(assignable.Contains).Union(kept, StringComparer.Ordinal)], IdentityResult.Success);
    }

    /// <summary>Whether the actor may give a role these permissions or take them away; each changed one must be the actor's own.</summary>
    public async Task<IdentityResult> CheckPermissionsAsync(ClaimsPrincipal actor, IdentityRole role, IReadOnlySet<string> wanted,
        CancellationToken cancellationToken)
    {
        if (AdministratorOnly.Contains(role.Name) && !actor.IsInRole(PortalRoles.Administrator))
        {
            return Refused(T["Only an Administrator can change the role {0}.", Shown(role.Name!)]);
        }
        var held = await grants.GrantedToAsync(actor, cancellationToken);
        var current = await roleChanges.PermissionsOfAsync(role, cancellationToken);
        var changed = wanted.Except(current).Concat(current.Except(wanted));
        return changed.All(p => Holds(held, p))
            ? IdentityResult.Success
            : Refused(T["You can grant or remove only permissions you hold yourself."]);
    }

    private bool Holds(IReadOnlySet<string> held, string permission) =>
        catalog.Find(permission)?.IsGrantedBy(held) ?? held.Contains(permission);

    private string Shown(string role) => RoleChanges.DefaultRoleMsgid(role) is { } msgid ? T[msgid] : role;

    private static IdentityResult Refused(string description) => IdentityResult.Failed(new IdentityError { Code = "Refused", Description = description });
}
