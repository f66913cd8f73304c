using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Recipes;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Recipes;

/// <summary>
/// <c>{ "name": "Roles", "roles": [{ "name": "Tapahtumavastaava", "permissions": ["AccessAdmin", "Edit_Event"] }] }</c>:
/// creates each role when missing and gives it exactly these permissions, so running the recipe again changes nothing.
/// </summary>
internal sealed class RolesStep(RoleManager<IdentityRole> roles, RoleChanges changes, DefaultRoles defaults, PermissionCatalog catalog)
    : RecipeStep<RolesStep.Data>("Roles")
{
    public sealed record Data(IReadOnlyList<RoleData> Roles);

    public sealed record RoleData(string Name, IReadOnlyList<string>? Permissions = null);

    protected override IEnumerable<string> Validate(Data step)
    {
        if (step.Roles is null)
        {
            yield return "The step needs a \"roles\" list.";
            yield break;
        }
        foreach (var role in step.Roles)
        {
            if (string.IsNullOrWhiteSpace(role.Name))
            {
                yield return "Every role needs a \"name\".";
            }
            foreach (var unknown in (role.Permissions ?? []).Where(p => catalog.Find(p) is null))
            {
                yield return $"Role '{role.Name}': there is no permission named '{unknown}'.";
            }
        }
    }

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        // Default roles first, so that a recipe listing one replaces its defaults rather than being replaced by them.
        await defaults.EnsureAsync();
        foreach (var data in step.Roles)
        {
            if (await roles.FindByNameAsync(data.Name) is null)
            {
                DefaultRoles.Check(await changes.CreateAsync(data.Name, cancellationToken));
            }
            var role = await roles.FindByNameAsync(data.Name) ?? throw new InvalidOperationException($"Role '{data.Name}' was not created.");
            DefaultRoles.Check(await changes.SetPermissionsAsync(role, (data.Permissions ?? []).ToHashSet(StringComparer.Ordinal), cancellationToken));
        }
    }
}
