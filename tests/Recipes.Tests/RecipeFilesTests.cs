using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Recipes.Tests;

public sealed class RecipeFilesTests(TestPortal portal) : IClassFixture<TestPortal>
{
    private RecipeFiles Files => portal.Services.GetRequiredService<RecipeFiles>();

    [Fact]
    public async Task Recipe_file_is_read_by_name_and_remembers_its_file()
    {
        portal.WriteRecipe("tervetuloa", """{ "name": "tervetuloa", "displayName": "Tervetuloa", "steps": [ { "name": "Features", "enable": [] } ] }""");

        var recipe = await Files.ReadAsync("tervetuloa");

        Assert.Equal("tervetuloa", recipe.Name);
        Assert.Equal("Tervetuloa", recipe.DisplayName);
        Assert.Equal("tervetuloa.recipe.json", recipe.Source);
        Assert.Single(recipe.Steps);
        Assert.Contains("tervetuloa", Files.Names);
    }

    [Fact]
    public async Task Malformed_json_names_the_file_and_the_line()
    {
        portal.WriteRecipe("rikki", "{\n  \"name\": \"rikki\",\n  \"steps\": [ { \"name\": \"Features\" }, ]\n}\n");

        var error = await Assert.ThrowsAsync<RecipeException>(() => Files.ReadAsync("rikki"));

        Assert.StartsWith("rikki.recipe.json (line 3): ", error.Message);
    }

    [Fact]
    public async Task Property_the_recipe_does_not_know_is_refused_with_the_file_name()
    {
        portal.WriteRecipe("kirjoitusvirhe", """{ "name": "kirjoitusvirhe", "stepz": [] }""");

        var error = await Assert.ThrowsAsync<RecipeException>(() => Files.ReadAsync("kirjoitusvirhe"));

        Assert.StartsWith("kirjoitusvirhe.recipe.json", error.Message);
        Assert.Contains("stepz", error.Message);
    }

    [Fact]
    public void Recipe_without_a_name_is_refused_with_the_source()
    {
        var json = """{ "steps": [] }""";

        var error = Assert.Throws<RecipeException>(() => RecipeFiles.Parse(json, "nimeton.recipe.json"));

        Assert.StartsWith("nimeton.recipe.json", error.Message);
        Assert.Contains("name", error.Message);
    }

    [Theory]
    [InlineData("../recipes/portal")]
    [InlineData("/etc/passwd")]
    [InlineData("Portal")]
    public async Task Name_that_is_not_a_slug_is_refused_before_the_disk_is_read(string name)
    {
        var files = Files;

        var error = await Assert.ThrowsAsync<RecipeException>(() => files.ReadAsync(name));

        Assert.Equal($"'{name}' is not a recipe name: use lowercase letters, digits and hyphens.", error.Message);
    }

    [Fact]
    public async Task Missing_recipe_names_where_it_was_looked_for()
    {
        var files = Files;

        var error = await Assert.ThrowsAsync<RecipeException>(() => files.ReadAsync("ei-ole"));

        Assert.Equal($"There is no recipe 'ei-ole' (looked for ei-ole.recipe.json in {portal.RecipesFolder}).", error.Message);
    }
}
