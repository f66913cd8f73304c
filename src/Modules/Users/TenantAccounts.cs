using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Security;

namespace Verkostoportaali.Users;

/// <summary>Accounts made by tenant setup and by administrators: Identity checks the password and the name.</summary>
internal sealed class TenantAccounts(UserManager<IdentityUser> users, DefaultRoles roles) : ITenantAccounts
{
    public async Task<IReadOnlyList<string>> CheckPasswordAsync(string password, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new IdentityUser(), password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }
        return problems;
    }

    public async Task<IReadOnlyList<string>> CreateAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        await roles.EnsureAsync();
        var user = new IdentityUser(account.UserName) { Email = account.Email, EmailConfirmed = account.Email is not null };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(e => e.Description)];
        }
        var added = await users.AddToRolesAsync(user, account.Roles);
        if (!added.Succeeded)
        {
            // No account without its roles: a half-made administrator could not administer.
            await users.DeleteAsync(user);
        }
        return [.. added.Errors.Select(e => e.Description)];
    }
}
