using System.Text.Json;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Recipes;

/// <summary>Runs a recipe in one tenant scope: every step is parsed and checked first, then all run in one transaction.</summary>
public sealed class RecipeRunner(
    IEnumerable<IRecipeStep> steps, RecipeFiles files, TenantDbContext db, FeatureEnabler features, TenantContext tenantContext)
{
    // { "name": "Recipes", "run": ["base-types"] } runs other recipe files' steps in place.
    private const string IncludeStep = "Recipes";
    private const int MaxIncludeDepth = 8;

    private readonly Dictionary<string, IRecipeStep> stepsByName = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>Checks every step, included recipes too, so that a bad recipe fails before it changes anything.</summary>
    public async Task<IReadOnlyList<ParsedStep>> ParseAsync(Recipe recipe, CancellationToken cancellationToken = default)
    {
        var parsed = new List<ParsedStep>();
        await ParseIntoAsync(recipe, parsed, depth: 0, cancellationToken);
        return parsed;
    }

    /// <summary>Runs the parsed steps; returns the tenant's enabled features.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(Recipe recipe, IReadOnlyList<ParsedStep> parsed, Tenant tenant,
        CancellationToken cancellationToken)
    {
        var context = new RecipeContext(tenant, recipe);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await features.EnableAsync(context.Features, features.Defaults, cancellationToken);
        foreach (var step in parsed)
        {
            try
            {
                // Services of the scope (default roles, permissions) see the features enabled by the steps so far.
                tenantContext.Set(tenant with { Features = [.. context.Features] });
                await step.Step.ExecuteAsync(step.Data, context, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException and not RecipeException)
            {
                throw new RecipeException($"{step.Source}: step {step.Number} '{step.Step.Name}': {e.Message}", e);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return [.. context.Features];
    }

    private async Task ParseIntoAsync(Recipe recipe, List<ParsedStep> parsed, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxIncludeDepth)
        {
            throw new RecipeException($"{recipe.Source}: recipes include each other more than {MaxIncludeDepth} deep (a cycle?).");
        }
        for (var index = 0; index < recipe.Steps.Count; index++)
        {
            var json = recipe.Steps[index];
            var name = StepName(recipe, json, index + 1);
            if (name != IncludeStep)
            {
                parsed.Add(ParseStep(recipe, json, index + 1, name));
                continue;
            }
            foreach (var included in IncludedNames(recipe, json, index + 1))
            {
                await ParseIntoAsync(await files.ReadAsync(included, cancellationToken), parsed, depth + 1, cancellationToken);
            }
        }
    }

    private static string StepName(Recipe recipe, JsonElement json, int number) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
            ? n.GetString()!
            : throw new RecipeException($"{recipe.Source}: step {number} has no \"name\".");

    private static IEnumerable<string> IncludedNames(Recipe recipe, JsonElement json, int number) =>
        json.TryGetProperty("run", out var run) && run.ValueKind == JsonValueKind.Array
            && run.EnumerateArray().All(r => r.ValueKind == JsonValueKind.String)
            ? run.EnumerateArray().Select(r => r.GetString()!)
            : throw new RecipeException($"{recipe.Source}: step {number} '{IncludeStep}' needs \"run\": a list of recipe names.");

    private ParsedStep ParseStep(Recipe recipe, JsonElement json, int number, string name)
    {
        var step = stepsByName.GetValueOrDefault(name)
            ?? throw new RecipeException($"{recipe.Source}: step {number} '{name}' is not a known step (known: {string.Join(", ", stepsByName.Keys.Order())}).");
        try
        {
            return new ParsedStep(recipe.Source, number, step, step.Parse(json));
        }
        catch (JsonException e)
        {
            throw new RecipeException($"{recipe.Source}: step {number} '{name}': {e.Message}", e);
        }
    }
}

public sealed record ParsedStep(string Source, int Number, IRecipeStep Step, object Data);
