using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Tenants;

/// <summary>
/// <c>{ "name": "Tenants", "tenants": [ … ] }</c>: creates tenants, each set up from a recipe file
/// (<c>"recipe"</c>) or from inline <c>"steps"</c>. A tenant that is already running is left alone, so the step can run again.
/// </summary>
public sealed class TenantsStep(TenantRegistry registry, TenantSetup setup, RecipeFiles files, ReservedSegments reserved)
    : RecipeStep<TenantsStep.Data>("Tenants")
{
    public sealed record Data(IReadOnlyList<NewTenant> Tenants);

    public sealed record NewTenant(
        string Name,
        string DisplayName,
        string? Recipe = null,
        IReadOnlyList<System.Text.Json.JsonElement>? Steps = null,
        string? UrlPrefix = null,
        IReadOnlyList<string>? HostNames = null,
        string? Region = null,
        bool ListedInPortalSearch = true);

    protected override IEnumerable<string> Validate(Data step) =>
        step.Tenants.Select(t => TenantName.Problem(t.Name) ?? AddressProblem(t)).Concat(step.Tenants
            .Where(t => (t.Recipe is null) == (t.Steps is null))
            .Select(t => $"Tenant '{t.Name}' needs either \"recipe\" or \"steps\", not both or neither.")).OfType<string>();

    private string? AddressProblem(NewTenant tenant) =>
        new[] { tenant.Name, tenant.UrlPrefix }.OfType<string>().FirstOrDefault(reserved.Contains) is { } taken
            ? $"Tenant '{tenant.Name}': '{taken}' is reserved for the portal's own addresses." : null;

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var wanted in step.Tenants)
        {
            var recipe = wanted.Recipe is { } name
                ? await files.ReadAsync(name, cancellationToken)
                : new Recipe
                {
                    Name = context.Recipe.Name,
                    DisplayName = wanted.DisplayName,
                    Steps = wanted.Steps!,
                    Source = $"{context.Recipe.Source} › {wanted.Name}",
                };
            switch (registry.Find(wanted.Name)?.State)
            {
                case null:
                    await setup.CreateAsync(ToTenant(wanted), recipe, cancellationToken);
                    break;
                case TenantState.Uninitialized:
                    await registry.UpdateAsync(ToTenant(wanted), cancellationToken);
                    await setup.SetupAsync(wanted.Name, recipe, cancellationToken);
                    break;
            }
        }
    }

    private static Tenant ToTenant(NewTenant wanted) => new()
    {
        Name = wanted.Name,
        DisplayName = wanted.DisplayName,
        UrlPrefix = wanted.UrlPrefix ?? (wanted.HostNames is { Count: > 0 } ? null : wanted.Name),
        HostNames = wanted.HostNames ?? [],
        // A recipe may name the region in Finnish, as older recipes did; the registry keeps its id.
        Region = TenantRegions.IdOf(wanted.Region),
        ListedInPortalSearch = wanted.ListedInPortalSearch,
    };
}
