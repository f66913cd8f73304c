using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Taxonomies;

/// <summary>
/// <c>{ "name": "Taxonomy", "vocabulary": "regions", "label": { … }, "terms": [ { "id", "name", "parent", "latitude", "longitude" } ] }</c>:
/// adds or updates a vocabulary and its terms; terms already there and not listed stay.
/// </summary>
public sealed class TaxonomyStep(TenantDbContext db) : RecipeStep<TaxonomyStep.Data>("Taxonomy")
{
    public sealed record Data(string Vocabulary, LocalizedText Label, IReadOnlyList<TermData> Terms);

    /// <param name="Latitude">With <paramref name="Longitude"/>, a municipality's centre (WGS84), which the Maps module reads
    /// from the recipe file itself; sites do not store it.</param>
    public sealed record TermData(string Id, LocalizedText Name, string? Parent = null, double? Latitude = null, double? Longitude = null);

    /// <summary>A step as a recipe file holds it, for a reader of the file itself (map centres, data steps).</summary>
    public static Data Read(JsonElement step)
    {
        // As RecipeStep reads a step: "name" chose the step, the rest is its record.
        var body = (JsonObject)JsonSerializer.SerializeToNode(step)!;
        body.Remove("name");
        return body.Deserialize<Data>(ContentJson.Options)!;
    }

    protected override IEnumerable<string> Validate(Data step) =>
        step.Terms.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => $"Term '{g.Key}' is listed twice in '{step.Vocabulary}'.")
            .Concat(step.Terms.Where(t => string.IsNullOrWhiteSpace(t.Id)).Select(_ => $"A term of '{step.Vocabulary}' has no id."));

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        var vocabulary = await db.Set<Vocabulary>().FindAsync([step.Vocabulary], cancellationToken);
        if (vocabulary is null)
        {
            db.Add(new Vocabulary { Id = step.Vocabulary, Label = step.Label });
        }
        else
        {
            vocabulary.Label = step.Label;
        }
        var existing = await db.Set<Term>().Where(t => t.Vocabulary == step.Vocabulary).ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var (data, order) in step.Terms.Select((t, i) => (t, i)))
        {
            if (existing.TryGetValue(data.Id, out var term))
            {
                (term.Name, term.Parent, term.Order) = (data.Name, data.Parent, order);
            }
            else
            {
                db.Add(new Term { Vocabulary = step.Vocabulary, Id = data.Id, Name = data.Name, Parent = data.Parent, Order = order });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
