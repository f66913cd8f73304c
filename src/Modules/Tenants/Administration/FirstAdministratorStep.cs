using System.Text.Json;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Tenants.Administration;

/// <summary>
/// <c>{ "name": "FirstAdministrator", "userName", "email", "password" }</c>: the site's first Administrator, added as the
/// last step of the recipe a new site is created from. Inside the recipe, a refused account fails the whole setup, so
/// the site is never running without its administrator, and the data is deleted before anything can have opened it.
/// </summary>
public sealed class FirstAdministratorStep(ITenantAccounts accounts) : RecipeStep<FirstAdministratorStep.Data>(StepName)
{
    public const string StepName = "FirstAdministrator";

    public sealed record Data(string UserName, string? Email, string Password);

    /// <summary>The step's JSON; it lives in memory only, inside the recipe being run.</summary>
    public static JsonElement For(NewAccount admin) => JsonSerializer.SerializeToElement(
        new { name = StepName, userName = admin.UserName, email = admin.Email, password = admin.Password }, ContentJson.Options);

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        var problems = await accounts.CreateAsync(
            new NewAccount(step.UserName, step.Email, step.Password, [PortalRoles.Administrator]), cancellationToken);
        if (problems.Count > 0)
        {
            throw new AccountRefusedException(problems);
        }
    }
}

/// <summary>The identity rules refused the first administrator's account; the problems are localized.</summary>
public sealed class AccountRefusedException(IReadOnlyList<string> problems) : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
