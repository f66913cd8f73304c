using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Users;

/// <summary>Permissions are role claims of type <see cref="ClaimType"/> in the tenant database, read once per request.</summary>
internal sealed class RolePermissions(TenantDbContext db) : IPermissionGrants
{
    public const string ClaimType = "Permission";
    private (string? User, IReadOnlySet<string> Granted)? read;

    public async Task<IReadOnlySet<string>> GrantedToAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var name = user.Identity?.Name;
        if (read is { } cached && cached.User == name)
        {
            return cached.Granted;
        }
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var granted = await (
            from claim in db.Set<IdentityRoleClaim<string>>()
            join role in db.Set<IdentityRole>() on claim.RoleId equals role.Id
            where claim.ClaimType == ClaimType && roles.Contains(role.Name!)
            select claim.ClaimValue!).Distinct().ToListAsync(cancellationToken);
        read = (name, granted.ToHashSet(StringComparer.Ordinal));
        return read.Value.Granted;
    }

    // A site made before the module was enabled (a module added in an upgrade, a feature switched on later) has roles
    // that never heard of its permissions: Administrator gets all of them, the other roles the module's defaults.
    public async Task GrantDefaultsAsync(Module module, CancellationToken cancellationToken = default)
    {
        var defaults = module.DefaultRoles().GroupBy(d => d.Role)
            .ToDictionary(g => g.Key, g => g.SelectMany(d => d.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal));
        defaults[PortalRoles.Administrator] = module.Permissions().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var names = defaults.Keys.ToList();
        var existing = await db.Set<IdentityRole>().Where(r => names.Contains(r.Name!)).ToListAsync(cancellationToken);
        foreach (var role in existing)
        {
            var held = await db.Set<IdentityRoleClaim<string>>().Where(c => c.RoleId == role.Id && c.ClaimType == ClaimType)
                .Select(c => c.ClaimValue!).ToListAsync(cancellationToken);
            foreach (var permission in defaults[role.Name!].Except(held).Order(StringComparer.Ordinal))
            {
                db.Add(new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = ClaimType, ClaimValue = permission });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
