using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Users.Recipes;

/// <summary>
/// <c>{ "name": "DemoAccounts" }</c>: an Editor "toimittaja" and an Author "kirjoittaja" on a demo site, so that a
/// newcomer can try what each role may do. Their passwords are generated, one per user name for the whole setup, and
/// kept with the admin's in <see cref="FirstPasswords"/>. An existing account is left as it is.
/// </summary>
internal sealed class DemoAccountsStep(UserManager<IdentityUser> users, ITenantAccounts accounts, FirstPasswords passwords)
    : RecipeStep<DemoAccountsStep.Data>("DemoAccounts")
{
    public sealed record Data;

    public static readonly IReadOnlyList<(string UserName, string Role)> Accounts =
        [("toimittaja", PortalRoles.Editor), ("kirjoittaja", PortalRoles.Author)];

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var (userName, role) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }
            var password = passwords.For(userName);
            var problems = await accounts.CreateAsync(new NewAccount(userName, null, password, [role]), cancellationToken);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"User '{userName}': {string.Join(" ", problems)}");
            }
            await passwords.AddAsync(context.Tenant.Name, userName, password, cancellationToken);
        }
    }
}
