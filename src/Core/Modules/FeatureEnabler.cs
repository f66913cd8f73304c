using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Core.Modules;

/// <summary>Enables features in a tenant: adds their dependencies, saves their modules' content types, and gives the
/// default roles that already exist the modules' default permissions.</summary>
public sealed class FeatureEnabler(ModuleCatalog catalog, ContentDefinitionStore definitions, Security.IPermissionGrants grants)
{
    public IReadOnlyList<string> Defaults => catalog.DefaultFeatures;

    /// <summary>Adds the features (and what they depend on) to <paramref name="enabled"/>; unknown ids throw.</summary>
    public async Task EnableAsync(ISet<string> enabled, IEnumerable<string> features, CancellationToken cancellationToken)
    {
        foreach (var id in catalog.WithDependencies(features).Where(enabled.Add))
        {
            var module = catalog.Find(id)!;
            await grants.GrantDefaultsAsync(module, cancellationToken);
            foreach (var type in module.ContentTypes())
            {
                // An admin may have added fields to a module's type; they stay.
                var existing = await definitions.FindAsync(type.Name, cancellationToken);
                var kept = existing?.Fields.Where(f => type.Fields.All(t => t.Name != f.Name)) ?? [];
                await definitions.SaveAsync(type with { Fields = [.. type.Fields, .. kept] }, cancellationToken);
            }
        }
    }
}
