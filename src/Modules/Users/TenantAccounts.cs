using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users;

/// <summary>Accounts made by tenant setup and by recipes: Identity checks the password and the name.</summary>
internal sealed class TenantAccounts(UserManager<IdentityUser> users, DefaultRoles roles, UserChanges changes) : ITenantAccounts
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
        // One transaction: no account is left without its roles, since a half-made administrator could not administer.
        var created = await changes.CreateAsync(account, cancellationToken);
        return [.. created.Errors.Select(e => e.Description)];
    }
}
