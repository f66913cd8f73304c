using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
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
}
