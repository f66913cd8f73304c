using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Recipes;
using Verkostoportaali.Testing;
using static Verkostoportaali.Providers.Tests.TestProviders;
using static Verkostoportaali.Testing.HtmlPages;

namespace Verkostoportaali.Providers.Tests;

[Collection(PortalCollection.Name)]
public sealed class DemoProvidersTests(PortalHost host)
{
    private const string Witas = "Kehittämisyhtiö Witas Oy";
    private const string ProAgria = "ProAgria Keski-Suomi/Keski-Suomen Maa- ja kotitalousnaiset";

    private const string DemoRecipe = """
        { "name": "t", "steps": [ { "name": "Recipes", "run": ["green-care-network", "demo-green-care-keski-suomi-providers"] } ] }
        """;

    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Project_organisations_are_listed_as_providers_in_keski_suomi()
    {
        var site = await host.CreateSiteAsync(DemoRecipe);

        var all = await GetPageAsync(client, $"/{site.Name}/toimijat");
        var central = await GetPageAsync(client, $"/{site.Name}/toimijat?region=keski-suomi");

        Assert.Equal([Witas, ProAgria], Names(all));
        Assert.Equal([Witas, ProAgria], Names(central));
    }

    [Fact]
    public async Task Demo_providers_claim_no_business_id_and_no_quality_mark_the_seed_does_not_state()
    {
        var site = await host.CreateSiteAsync(DemoRecipe);

        var marked = await GetPageAsync(client, $"/{site.Name}/toimijat?mark=LuontoHoiva");
        var page = await GetPageAsync(client, $"/{site.Name}/kehittamisyhtio-witas-oy");

        Assert.Empty(Names(marked));
        Assert.Null(page.QuerySelector(".provider-facts"));
        Assert.Contains("Hankkeen hallinnoijana toimii Kehittämisyhtiö Witas Oy", page.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_demo_recipe_again_changes_nothing()
    {
        var site = await host.CreateSiteAsync(DemoRecipe);

        await RunAgainAsync(site, "demo-green-care-keski-suomi-providers");

        var history = await host.InTenantAsync<ContentManager, List<ContentItem>>(site, content => content.HistoryAsync("gcks-witas"));
        Assert.Single(history);
    }

    private async Task RunAgainAsync(Tenant site, string recipeName)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
        var recipe = await scope.ServiceProvider.GetRequiredService<RecipeFiles>().ReadAsync(recipeName);
        await runner.RunAsync(recipe, await runner.ParseAsync(recipe), site, CancellationToken.None);
    }
}
