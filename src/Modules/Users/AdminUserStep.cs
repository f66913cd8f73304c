using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Users;

/// <summary>
/// <c>{ "name": "AdminUser" }</c>: the tenant's first Administrator, named by <c>Portal:AdminUser</c> with
/// <c>Portal:AdminPassword</c>. Without a password, a strong one is generated and kept in <see cref="FirstPasswords"/>.
/// </summary>
internal sealed class AdminUserStep(UserManager<IdentityUser> users, DefaultRoles roles, FirstPasswords passwords, IOptions<PortalOptions> options)
    : RecipeStep<AdminUserStep.Data>("AdminUser")
{
    public sealed record Data;

    private const string DefaultUserName = "admin";

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        var userName = string.IsNullOrWhiteSpace(options.Value.AdminUser) ? DefaultUserName : options.Value.AdminUser.Trim();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }
        await roles.EnsureAsync();
        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        password = generated ? GeneratePassword() : password!;
        var user = new IdentityUser(userName) { EmailConfirmed = true };
        DefaultRoles.Check(await users.CreateAsync(user, password));
        DefaultRoles.Check(await users.AddToRolesAsync(user, context.Tenant.Name == TenantName.Default
            ? [PortalRoles.Administrator, PortalRoles.PortalAdministrator]
            : [PortalRoles.Administrator]));
        if (generated)
        {
            await passwords.AddAsync(context.Tenant.Name, userName, password, cancellationToken);
        }
    }

    // 20 characters from four classes: far beyond Identity's rules, and no look-alike characters.
    private static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!#%+-=?@";
        var chars = RandomNumberGenerator.GetItems<char>(lower + upper + digits + symbols, 16).ToList();
        chars.AddRange([lower[RandomNumberGenerator.GetInt32(lower.Length)], upper[RandomNumberGenerator.GetInt32(upper.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)], symbols[RandomNumberGenerator.GetInt32(symbols.Length)]]);
        RandomNumberGenerator.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chars));
        return new string([.. chars]);
    }
}
