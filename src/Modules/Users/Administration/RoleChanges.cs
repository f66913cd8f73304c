using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Users.Administration;

/// <summary>Creating and deleting custom roles and setting a role's permissions, each audited in its own transaction.</summary>
public sealed class RoleChanges(RoleManager<IdentityRole> roles, TenantDbContext db, AuditedTransaction transaction, IStringLocalizer<RoleChanges> T)
{
    public const string SubjectType = "Role";

    /// <summary>Permissions the Administrator role always keeps, so that someone can still manage users and roles.</summary>
    public static readonly IReadOnlyList<Permission> KeptByAdministrator = [UsersModule.ManageUsers, UsersModule.ManageRoles];

    public static bool IsDefaultRole(string name) => DefaultRoleMsgid(name) is not null;

    /// <summary>A default role's translatable name; null for a role an administrator made, which is shown as named.</summary>
    public static string? DefaultRoleMsgid(string name) => name switch
    {
        PortalRoles.Administrator => "Administrator",
        PortalRoles.Editor => "Editor",
        PortalRoles.Author => "Author",
        PortalRoles.Contributor => "Contributor",
        PortalRoles.PortalAdministrator => "Portal administrator",
        _ => null,
    };

    /// <summary>What a role may do as a msgid: a default role's default permissions in words, else where to find them.</summary>
    public static string RoleDescriptionMsgid(string name) => name switch
    {
        PortalRoles.Administrator => "Manages the site: users and roles, content types, settings and all content.",
        PortalRoles.Editor => "Writes, publishes and deletes everyone's content.",
        PortalRoles.Author => "Writes, publishes and deletes their own content.",
        PortalRoles.Contributor => "Writes drafts of their own content; an editor publishes them.",
        PortalRoles.PortalAdministrator => "Manages the portal's sites and their administrators.",
        _ => "A role made by this site's administrators: its permissions are listed on the Roles page.",
    };

    /// <summary>Characters a role name cannot hold: the name is a segment of its edit and delete pages' addresses.</summary>
    private static readonly char[] ForbiddenInName = ['/', '\\', '?', '#', '%'];

    public async Task<IdentityResult> CreateAsync(string name, CancellationToken cancellationToken)
    {
        if (name.IndexOfAny(ForbiddenInName) >= 0 || name.Any(char.IsControl))
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidRoleName", Description = T["A role name cannot contain the characters / \\ ? # or %."] });
        }
        return await transaction.RunAsync(new AuditEvent(AuditActions.RoleCreated, SubjectType, name), () => roles.CreateAsync(new IdentityRole(name)), cancellationToken);
    }

    public async Task<IdentityResult> DeleteAsync(IdentityRole role, CancellationToken cancellationToken)
    {
        if (IsDefaultRole(role.Name!))
        {
            return IdentityResult.Failed(new IdentityError { Code = "DefaultRole", Description = T["A default role cannot be deleted."] });
        }
        // The tenant model maps no cascades: the role's members and permissions go with it, in the same transaction.
        return await transaction.RunAsync(new AuditEvent(AuditActions.RoleDeleted, SubjectType, role.Name!), async () =>
        {
            await db.Set<IdentityUserRole<string>>().Where(r => r.RoleId == role.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Set<IdentityRoleClaim<string>>().Where(c => c.RoleId == role.Id).ExecuteDeleteAsync(cancellationToken);
            return await roles.DeleteAsync(role);
        }, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> PermissionsOfAsync(IdentityRole role, CancellationToken cancellationToken) =>
        (await Claims(role).Select(c => c.ClaimValue!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Gives the role exactly <paramref name="wanted"/>; the caller has checked that each one exists.</summary>
    public async Task<IdentityResult> SetPermissionsAsync(IdentityRole role, IReadOnlySet<string> wanted, CancellationToken cancellationToken)
    {
        if (role.Name == PortalRoles.Administrator && KeptByAdministrator.FirstOrDefault(p => !wanted.Contains(p.Name)) is { } kept)
        {
            return IdentityResult.Failed(new IdentityError
            {
                Code = "AdministratorKeeps",
                Description = T["The Administrator role always keeps the permission \"{0}\".", T[kept.Description]],
            });
        }
        var current = await Claims(role).ToListAsync(cancellationToken);
        var removed = current.Where(c => !wanted.Contains(c.ClaimValue!)).ToList();
        var added = wanted.Except(current.Select(c => c.ClaimValue!), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return IdentityResult.Success;
        }
        var description = string.Join("; ", new[]
        {
            added.Count > 0 ? "+ " + string.Join(", ", added) : null,
            removed.Count > 0 ? "- " + string.Join(", ", removed.Select(c => c.ClaimValue)) : null,
        }.OfType<string>());
        return await transaction.RunAsync(new AuditEvent(AuditActions.RolePermissionsChanged, SubjectType, role.Name!, description), () =>
        {
            db.RemoveRange(removed);
            db.AddRange(added.Select(p => new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = RolePermissions.ClaimType, ClaimValue = p }));
            return Task.FromResult(IdentityResult.Success);
        }, cancellationToken);
    }

    private IQueryable<IdentityRoleClaim<string>> Claims(IdentityRole role) =>
        db.Set<IdentityRoleClaim<string>>().Where(c => c.RoleId == role.Id && c.ClaimType == RolePermissions.ClaimType);
}
