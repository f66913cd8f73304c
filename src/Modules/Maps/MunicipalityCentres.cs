using Verkostoportaali.Core.Content;
using Verkostoportaali.Recipes;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Maps;

/// <summary>A municipality as the map shows it: its names, its region and its centre (town hall or church village).</summary>
public sealed record Municipality(string Id, LocalizedText Name, string? Region, GeoPoint Centre);

/// <summary>
/// The municipalities' centre points, read once from the recipe file that seeds every site's municipalities
/// (<c>recipes/taxonomies/municipalities.recipe.json</c>), not from each site's stored terms. Term ids are the same in
/// every site and a centre is a fact about the id, not site data an editor changes; so one copy serves the index mapper
/// (which has no database), the portal's map (which opens no site's database) and sites made before the points
/// existed, with no per-site data step to miss a site or drift from the file. A corrected point shows after a reindex.
/// </summary>
public sealed class MunicipalityCentres(RecipeFiles recipes)
{
    public const string Vocabulary = "municipalities";

    private readonly Lazy<IReadOnlyDictionary<string, Municipality>> byId = new(() => Read(recipes.Folder));

    public IReadOnlyDictionary<string, Municipality> All => byId.Value;

    public Municipality? Find(string id) => All.GetValueOrDefault(id);

    private static Dictionary<string, Municipality> Read(string folder)
    {
        var path = Path.Combine(folder, "taxonomies", Vocabulary + ".recipe.json");
        var recipe = RecipeFiles.Parse(File.ReadAllText(path), Path.GetFileName(path));
        var terms = recipe.Steps.Select(TaxonomyStep.Read).Where(s => s.Vocabulary == Vocabulary).SelectMany(s => s.Terms);
        return terms.Where(t => t.Latitude is not null && t.Longitude is not null)
            .ToDictionary(t => t.Id, t => new Municipality(t.Id, t.Name, t.Parent, new GeoPoint(t.Latitude!.Value, t.Longitude!.Value)),
                StringComparer.Ordinal);
    }
}
