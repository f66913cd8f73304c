using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Bench.Tenants;

/// <summary>The small site every bench tenant is made from (<c>site.recipe.json</c>), and the tenants' names.</summary>
public static class BenchSites
{
    /// <summary>The published item's title: a home page that shows it has read the tenant's own database.</summary>
    public const string ItemTitle = "Tervetuloa sivustolle";

    /// <summary>Site 0 warms the process up and is left out of every sample; the measured sites are 1 to N.</summary>
    public const int WarmUpSite = 0;

    private const string RecipeFile = "site.recipe.json";

    public static Recipe Recipe { get; } =
        RecipeFiles.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, RecipeFile)), RecipeFile);

    public static string Name(int number) => $"site-{number:d5}";

    public static Tenant Tenant(int number) => new()
    {
        Name = Name(number),
        DisplayName = $"Bench site {number}",
        UrlPrefix = Name(number),
    };

    public static IEnumerable<int> Measured(int count) => Enumerable.Range(1, count);
}
