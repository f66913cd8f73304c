using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Events;
using Verkostoportaali.Projects;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Bench.Search;

/// <summary>
/// Creates the bench's sites (<c>site.recipe.json</c>) and fills each with published items of Finnish text: half
/// projects, half events to come, so that the portal's lists of each (<see cref="PortalListPhase"/>) read half the items.
/// </summary>
public static class BenchContent
{
    private const string RecipeFile = "site.recipe.json";
    private const int Seed = 5;
    // Term ids of the regions vocabulary, as sites store their region: the portal's region filter offers those.
    private static readonly string[] Regions = ["kainuu", "keski-suomi", "pohjois-savo", "lappi", "paijat-hame", "satakunta", "pirkanmaa"];

    /// <summary>The region of about a seventh of the sites, which the filtered list asks for.</summary>
    public static string FilteredRegion => Regions[0];

    public static string Name(int number) => $"haku-{number:d4}";

    /// <summary>The sites of an earlier run with <c>--data</c> when the folder holds them all, otherwise new ones.</summary>
    /// <returns>The sites, and how many distinct word forms their items hold (the same text is made again when the sites exist).</returns>
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
            await AddItemsAsync(services.GetRequiredService<TenantScopes>(), tenant, items, text, cancellationToken);
            created.Add(tenant);
            if (number % Math.Max(1, tenants / 10) == 0)
            {
                Console.Error.WriteLine($"  created {number}/{tenants} sites with {items} items each");
            }
        }
        return (created, text.DistinctWords);
    }

    // Each item takes a title and a text in turn, as WordFormsOf counts them. Events take place on the days of the next
    // two years, so that the calendar, which lists those still to come, shows them all for a while.
    private static async Task AddItemsAsync(TenantScopes scopes, Tenant tenant, int items, FinnishText text, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await BulkContent.CreateAsync(scopes, tenant, ProjectsModule.ProjectType, items - items / 2, (project, n) =>
        {
            var title = text.Title();
            var start = today.AddDays(-(n * 7 % 1400));
            project.Apply(new TitlePart(title)).Apply(new BodyPart(text.Html())).Apply(new AutoroutePart()).Apply(new RegisterCardPart
            {
                Name = title,
                ImplementingOrganisation = tenant.DisplayName,
                StartDate = start,
                EndDate = start.AddMonths(12 + n % 36),
            });
        }, cancellationToken);
        await BulkContent.CreateAsync(scopes, tenant, "Event", items / 2, (item, n) => item.Apply(new TitlePart(text.Title()))
            .Apply(new BodyPart(text.Html())).Apply(new AutoroutePart()).Apply(new EventPart(today.AddDays(1 + n * 7 % 730))), cancellationToken);
    }
}
