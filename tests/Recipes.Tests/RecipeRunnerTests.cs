using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Recipes.Tests;

// Every recipe here goes through TenantSetup, as a real one does; a recipe that fails to parse changes nothing.
public sealed class RecipeRunnerTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Unknown_step_is_reported_with_its_number_and_name()
    {
        var recipe = """{ "name": "x", "steps": [ { "name": "Features", "enable": [] }, { "name": "Kontent" } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Equal(
            "test.recipe.json: step 2 'Kontent' is not a known step (known: Content, ContentDefinition, Features, Settings).",
            error.Message);
    }

    [Fact]
    public async Task Step_without_a_name_is_reported_with_its_number()
    {
        var recipe = """{ "name": "x", "steps": [ { "enable": ["Contents"] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Equal("test.recipe.json: step 1 has no \"name\".", error.Message);
    }

    [Fact]
    public async Task Unknown_part_names_the_item_and_the_part()
    {
        var recipe = """
            { "name": "x", "steps": [ { "name": "Content", "items": [
              { "contentItemId": "kylakauppa", "contentType": "Article", "parts": { "TitlePart": { "title": "Kauppa" }, "GalleryPart": {} } }
            ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Equal("test.recipe.json: step 1 'Content': Item 'kylakauppa' has the unknown part 'GalleryPart'.", error.Message);
    }

    [Fact]
    public async Task Part_with_a_wrong_property_names_the_item_and_the_part()
    {
        var recipe = """
            { "name": "x", "steps": [ { "name": "Content", "items": [
              { "contentItemId": "kylakauppa", "contentType": "Article", "parts": { "TitlePart": { "otsikko": "Kauppa" } } }
            ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.StartsWith("test.recipe.json: step 1 'Content': Item 'kylakauppa', part 'TitlePart': ", error.Message);
    }

    [Fact]
    public async Task Content_type_with_an_unknown_part_is_refused()
    {
        var recipe = """
            { "name": "x", "steps": [ { "name": "ContentDefinition", "types": [
              { "name": "Page", "label": { "fi": "Sivu" }, "parts": ["TitlePart", "FlowPart"] }
            ] } ] }
            """;

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Equal("test.recipe.json: step 1 'ContentDefinition': Content type 'Page' names the unknown part 'FlowPart'.", error.Message);
    }

    [Fact]
    public async Task Failing_included_recipe_is_named_in_the_error()
    {
        portal.WriteRecipe("huono-osa", """{ "name": "huono-osa", "steps": [ { "name": "Features", "enable": [] }, { "name": "Nope" } ] }""");
        var recipe = """{ "name": "x", "steps": [ { "name": "Features", "enable": [] }, { "name": "Recipes", "run": ["huono-osa"] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.StartsWith("huono-osa.recipe.json: step 2 'Nope' is not a known step", error.Message);
    }

    [Fact]
    public async Task Malformed_included_recipe_is_named_with_its_line()
    {
        portal.WriteRecipe("rikkinainen-osa", "{\n  \"name\": \"rikkinainen-osa\"\n  \"steps\": []\n}");
        var recipe = """{ "name": "x", "steps": [ { "name": "Recipes", "run": ["rikkinainen-osa"] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.StartsWith("rikkinainen-osa.recipe.json (line 3): ", error.Message);
    }

    [Fact]
    public async Task Recipes_step_without_a_list_of_names_is_refused()
    {
        var recipe = """{ "name": "x", "steps": [ { "name": "Recipes", "run": "portal" } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Equal("test.recipe.json: step 1 'Recipes' needs \"run\": a list of recipe names.", error.Message);
    }

    [Fact]
    public async Task Recipe_that_includes_itself_is_refused()
    {
        portal.WriteRecipe("itse", """{ "name": "itse", "steps": [ { "name": "Recipes", "run": ["itse"] } ] }""");
        var recipe = """{ "name": "x", "steps": [ { "name": "Recipes", "run": ["itse"] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Equal("itse.recipe.json: recipes include each other more than 8 deep (a cycle?).", error.Message);
    }

    [Fact]
    public async Task Recipes_that_include_each_other_are_refused()
    {
        portal.WriteRecipe("keha-a", """{ "name": "keha-a", "steps": [ { "name": "Recipes", "run": ["keha-b"] } ] }""");
        portal.WriteRecipe("keha-b", """{ "name": "keha-b", "steps": [ { "name": "Recipes", "run": ["keha-a"] } ] }""");
        var recipe = """{ "name": "x", "steps": [ { "name": "Recipes", "run": ["keha-a"] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.EndsWith("recipes include each other more than 8 deep (a cycle?).", error.Message);
    }

    [Fact]
    public async Task Included_recipe_name_that_is_not_a_slug_is_refused()
    {
        var recipe = """{ "name": "x", "steps": [ { "name": "Recipes", "run": ["../portal"] } ] }""";

        var error = await Assert.ThrowsAsync<RecipeException>(() => portal.CreateTenantAsync(recipe));

        Assert.Equal("'../portal' is not a recipe name: use lowercase letters, digits and hyphens.", error.Message);
    }

    [Fact]
    public async Task Included_recipe_runs_in_place_of_its_step()
    {
        portal.WriteRecipe("perustyypit", TestPortal.ContentRecipe.Replace("\"content\"", "\"perustyypit\""));
        var recipe = """
            { "name": "x", "steps": [
              { "name": "Recipes", "run": ["perustyypit"] },
              { "name": "Content", "items": [ { "contentItemId": "etusivu", "contentType": "Article", "parts": { "TitlePart": { "title": "Etusivu" } } } ] }
            ] }
            """;

        var tenant = await portal.CreateTenantAsync(recipe);

        Assert.Equal(TenantState.Running, tenant.State);
        await using var scope = portal.Scope(tenant);
        Assert.Equal(["Etusivu"], await TestPortal.Content(scope).Query("Article").Select(i => i.DisplayText).ToListAsync());
    }
}
