using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Recipes.Tests;

public sealed class ContentStepTests(TestPortal portal) : IClassFixture<TestPortal>
{
    // Written as the demo recipe writes items: an empty AutoroutePart asks for a slug made from the title.
    private const string ArticleRecipe = """
        {
          "name": "artikkeli",
          "steps": [
            { "name": "ContentDefinition", "types": [
              { "name": "Article", "label": { "fi": "Artikkeli" }, "parts": ["TitlePart", "BodyPart", "AutoroutePart"] }
            ] },
            { "name": "Content", "items": [
              { "contentItemId": "tervetuloa", "contentType": "Article", "parts": {
                "TitlePart": { "title": "Tervetuloa verkostoon" },
                "BodyPart": { "html": "<p>Hei &amp; tervetuloa<br>verkostoon</p>" },
                "AutoroutePart": {}
              } },
              { "contentItemId": "luonnos", "contentType": "Article", "published": false, "parts": {
                "TitlePart": { "title": "Luonnos" }
              } }
            ] }
          ]
        }
        """;

    [Fact]
    public async Task Recipe_items_are_created_published_unless_they_say_otherwise()
    {
        var tenant = await portal.CreateTenantAsync(ArticleRecipe);

        await using var scope = portal.Scope(tenant);
        var content = TestPortal.Content(scope);
        var published = await content.GetAsync("tervetuloa");
        Assert.Equal("tervetuloa-verkostoon", published?.Slug);
        Assert.Null(await content.GetAsync("luonnos"));
        Assert.NotNull(await content.GetAsync("luonnos", VersionOptions.Latest));
    }

    [Fact]
    public async Task Running_the_same_content_recipe_twice_creates_no_second_version()
    {
        var tenant = await portal.CreateTenantAsync(ArticleRecipe);

        await RunAgainAsync(tenant, ArticleRecipe);

        await using var scope = portal.Scope(tenant);
        var content = TestPortal.Content(scope);
        var version = Assert.Single(await content.HistoryAsync("tervetuloa"));
        Assert.True(version.Published);
        Assert.Single(await content.HistoryAsync("luonnos"));
        Assert.Null(await content.GetAsync("luonnos"));
    }

    [Fact]
    public async Task Changed_recipe_item_becomes_a_new_published_version()
    {
        var tenant = await portal.CreateTenantAsync(ArticleRecipe);

        await RunAgainAsync(tenant, ArticleRecipe.Replace("Tervetuloa verkostoon", "Tervetuloa mukaan"));

        await using var scope = portal.Scope(tenant);
        var history = await TestPortal.Content(scope).HistoryAsync("tervetuloa");
        Assert.Equal(["Tervetuloa verkostoon", "Tervetuloa mukaan"], history.Select(v => v.Get<TitlePart>()!.Title));
        Assert.Equal([false, true], history.Select(v => v.Published));
    }

    private async Task RunAgainAsync(Tenant tenant, string json)
    {
        await using var scope = portal.Scope(tenant);
        var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
        var recipe = TestPortal.Recipe(json);
        await runner.RunAsync(recipe, await runner.ParseAsync(recipe), tenant, CancellationToken.None);
    }
}
