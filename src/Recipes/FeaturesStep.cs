using Verkostoportaali.Core.Modules;

namespace Verkostoportaali.Recipes;

/// <summary><c>{ "name": "Features", "enable": ["Contents"] }</c>: enables features and what they depend on.</summary>
public sealed class FeaturesStep(ModuleCatalog catalog, FeatureEnabler enabler) : RecipeStep<FeaturesStep.Data>("Features")
{
    public sealed record Data(IReadOnlyList<string> Enable);

    protected override IEnumerable<string> Validate(Data step) =>
        step.Enable.Where(id => catalog.Find(id) is null).Select(id => $"There is no feature '{id}'.");

    protected override Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken) =>
        enabler.EnableAsync(context.Features, step.Enable, cancellationToken);
}
