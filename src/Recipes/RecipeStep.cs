using System.Text.Json;
using System.Text.Json.Nodes;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Recipes;

/// <summary>
/// A kind of recipe step, found by <see cref="Name"/>. Steps are resolved in the tenant's scope, so they take
/// tenant services in their constructor. A step must be idempotent: running a recipe twice changes nothing more.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step's <c>"name"</c> in recipe files.</summary>
    string Name { get; }

    /// <summary>Reads and checks the step's JSON before anything runs; throws with the problem on bad input.</summary>
    object Parse(JsonElement step);

    /// <summary>Carries out a step returned by <see cref="Parse"/>.</summary>
    Task ExecuteAsync(object step, RecipeContext context, CancellationToken cancellationToken);
}

/// <summary>Base for a step whose JSON binds to the record <typeparamref name="TStep"/>; unknown properties are errors.</summary>
public abstract class RecipeStep<TStep>(string name) : IRecipeStep where TStep : class
{
    public string Name => name;

    public object Parse(JsonElement step)
    {
        // "name" chose this step; the rest of the object is the step's own record.
        var body = JsonSerializer.SerializeToNode(step) as JsonObject ?? throw new JsonException("A step must be a JSON object.");
        body.Remove("name");
        var parsed = body.Deserialize<TStep>(ContentJson.Options) ?? throw new JsonException("The step is empty.");
        var problems = Validate(parsed).ToList();
        return problems.Count == 0 ? parsed : throw new JsonException(string.Join(" ", problems));
    }

    /// <summary>Problems a person can fix in the recipe file; none when the step is good.</summary>
    protected virtual IEnumerable<string> Validate(TStep step) => [];

    public Task ExecuteAsync(object step, RecipeContext context, CancellationToken cancellationToken) =>
        ExecuteAsync((TStep)step, context, cancellationToken);

    protected abstract Task ExecuteAsync(TStep step, RecipeContext context, CancellationToken cancellationToken);
}

/// <summary>What a running recipe knows: the tenant being set up and the features it has asked for so far.</summary>
public sealed class RecipeContext(Tenant tenant, Recipe recipe)
{
    public Tenant Tenant { get; } = tenant;
    public Recipe Recipe { get; } = recipe;
    public ISet<string> Features { get; } = new HashSet<string>(tenant.Features, StringComparer.Ordinal);
}
