using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Bench.Search;

/// <summary>Creates the bench's sites (<c>site.recipe.json</c>) and fills each with published pages of Finnish text.</summary>
public static class BenchContent
{
    private const string RecipeFile = "site.recipe.json";
    private const int Seed = 5;
    private static readonly string[] Regions = ["Kainuu", "Keski-Suomi", "Pohjois-Savo", "Lappi", "Päijät-Häme", "Satakunta", "Pirkanmaa"];

    public static string Name(int number) => $"haku-{number:d4}";

    /// <summary>The sites of an earlier run with <c>--data</c> when the folder holds them all, otherwise new ones.</summary>
    /// <returns>The sites, and how many distinct word forms their pages hold (the same text is made again when the sites exist).</returns>
    public static async Task<(IReadOnlyList<Tenant> Sites, int WordForms)> CreateOrFindAsync(IServiceProvider services, int tenants, int items,
        CancellationToken cancellationToken)
    {
        var registry = services.GetRequiredService<TenantRegistry>();
        if (Enumerable.Range(1, tenants).Select(n => registry.Find(Name(n))).ToList() is var found && found.All(t => t is not null))
        {
            Console.Error.WriteLine($"  the {tenants} sites exist already; their text is made again only to count its word forms");
            return (found!, WordFormsOf(tenants, items));
        }
        return await CreateAsync(services, tenants, items, cancellationToken);
    }

    private static int WordFormsOf(int tenants, int items)
    {
        var text = new FinnishText(Seed);
        for (var site = 0; site < tenants; site++)
        {
            text.Site();
            for (var i = 0; i < items; i++)
            {
                text.Title();
                text.Html();
            }
        }
        return text.DistinctWords;
    }

    private static async Task<(IReadOnlyList<Tenant> Sites, int WordForms)> CreateAsync(IServiceProvider services, int tenants, int items,
        CancellationToken cancellationToken)
    {
        var recipe = RecipeFiles.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, RecipeFile)), RecipeFile);
        var setup = services.GetRequiredService<TenantSetup>();
        var text = new FinnishText(Seed);
        var created = new List<Tenant>();
        for (var number = 1; number <= tenants; number++)
        {
            var tenant = await setup.CreateAsync(new Tenant
            {
                Name = Name(number),
                DisplayName = $"Hakusivusto {number}",
                UrlPrefix = Name(number),
                Region = Regions[number % Regions.Length],
            }, recipe, cancellationToken);
            text.Site();
            await AddPagesAsync(services.GetRequiredService<TenantScopes>(), tenant, items, text, cancellationToken);
            created.Add(tenant);
            if (number % Math.Max(1, tenants / 10) == 0)
            {
                Console.Error.WriteLine($"  created {number}/{tenants} sites with {items} pages each");
            }
        }
        return (created, text.DistinctWords);
    }

    private static Task AddPagesAsync(TenantScopes scopes, Tenant tenant, int items, FinnishText text, CancellationToken cancellationToken) =>
        BulkContent.CreateAsync(scopes, tenant, "Page", items,
            (page, _) => page.Apply(new TitlePart(text.Title())).Apply(new BodyPart(text.Html())).Apply(new AutoroutePart()), cancellationToken);
}
