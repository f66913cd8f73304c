using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Networks.Tests;

/// <summary>Accounts made inside one tenant, as its administrator would make them.</summary>
internal static class TenantUsers
{
    public const string Password = "Verkosto-testi-2026!";

    public static async Task AddAsync(IServiceProvider services, Tenant tenant, string userName, string? role)
    {
        await using var scope = services.GetRequiredService<TenantScopes>().Create(tenant);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(userName) { EmailConfirmed = true };
        Check(await users.CreateAsync(user, Password));
        if (role is not null)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
