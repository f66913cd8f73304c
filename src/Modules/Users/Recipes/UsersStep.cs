using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Users.Recipes;

/// <summary>
/// <c>{ "name": "Users", "users": [{ "userName": "toimittaja", "email": "...", "password": "...", "roles": ["Editor"] }] }</c>:
/// creates each account that does not exist yet; an existing one is left as it is.
/// </summary>
internal sealed class UsersStep(UserManager<IdentityUser> users, ITenantAccounts accounts) : RecipeStep<UsersStep.Data>("Users")
{
    public sealed record Data(IReadOnlyList<UserData> Users);

    public sealed record UserData(string UserName, string Password, string? Email = null, IReadOnlyList<string>? Roles = null);

    protected override IEnumerable<string> Validate(Data step)
    {
        if (step.Users is null)
        {
            yield return "The step needs a \"users\" list.";
            yield break;
        }
        foreach (var user in step.Users)
        {
            if (string.IsNullOrWhiteSpace(user.UserName))
            {
                yield return "Every user needs a \"userName\".";
            }
            if (string.IsNullOrEmpty(user.Password))
            {
                yield return $"User '{user.UserName}' needs a \"password\".";
            }
        }
    }

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var user in step.Users)
        {
            if (await users.FindByNameAsync(user.UserName) is not null)
            {
                continue;
            }
            var problems = await accounts.CreateAsync(new NewAccount(user.UserName, user.Email, user.Password, user.Roles ?? []), cancellationToken);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"User '{user.UserName}': {string.Join(" ", problems)}");
            }
        }
    }
}
