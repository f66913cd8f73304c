using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Xunit;

namespace Verkostoportaali.Testing;

/// <summary>
/// An account in one tenant whose role grants named permissions (role claims of type "Permission", as the Users
/// module reads them). Tenant setup does not yet give the default roles their modules' default permissions.
/// </summary>
public static class PermittedUsers
{
    public const string Password = "Tuonti-testi-2026!";

    public static async Task AddAsync(IServiceProvider services, Tenant tenant, string userName, string role, params string[] permissions)
    {
        await using var scope = services.GetRequiredService<TenantScopes>().Create(tenant);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await roles.FindByNameAsync(role) is not { } stored)
        {
            stored = new IdentityRole(role);
            Check(await roles.CreateAsync(stored));
        }
        foreach (var permission in permissions)
        {
            Check(await roles.AddClaimAsync(stored, new Claim("Permission", permission)));
        }
        var user = new IdentityUser(userName) { EmailConfirmed = true };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
