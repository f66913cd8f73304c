using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users;

/// <summary>Creates the tenant's default roles with their default permissions, once; later edits by an Administrator stay.</summary>
internal sealed class DefaultRoles(RoleManager<IdentityRole> roles, PermissionCatalog permissions, TenantContext tenant)
{
    public async Task EnsureAsync()
    {
        var names = tenant.Tenant.Name == TenantName.Default
            ? [.. PortalRoles.TenantRoles, PortalRoles.PortalAdministrator]
            : PortalRoles.TenantRoles;
        foreach (var name in names)
        {
            if (await roles.RoleExistsAsync(name))
            {
                continue;
            }
            var role = new IdentityRole(name);
            Check(await roles.CreateAsync(role));
            foreach (var permission in permissions.DefaultsFor(name, tenant.Tenant).Order(StringComparer.Ordinal))
            {
                Check(await roles.AddClaimAsync(role, new Claim(RolePermissions.ClaimType, permission)));
            }
        }
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
