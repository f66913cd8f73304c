using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Recipes;

/// <summary>
/// The recipe files in <c>recipes/</c> (copied beside the app; <c>Portal:RecipesPath</c> overrides). Recipes in
/// subfolders (the demo sites' content) can be run by name but are not offered for new tenants.
/// </summary>
public sealed class RecipeFiles(IConfiguration configuration)
{
    private const string Extension = ".recipe.json";

    public string Folder { get; } = configuration["Portal:RecipesPath"] ?? Path.Combine(AppContext.BaseDirectory, "recipes");

    /// <summary>The recipes a new tenant can start from: the files at the top of the folder.</summary>
    public IReadOnlyList<string> Names =>
        Directory.Exists(Folder)
            ? [.. Directory.EnumerateFiles(Folder, "*" + Extension).Select(f => Path.GetFileName(f)[..^Extension.Length]).Order()]
            : [];

    public async Task<Recipe> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        // Recipe names are slugs like tenant names, so a name cannot reach outside the folder.
        if (TenantName.Problem(name) is not null)
        {
            throw new RecipeException($"'{name}' is not a recipe name: use lowercase letters, digits and hyphens.");
        }
        var path = Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, name + Extension, SearchOption.AllDirectories).Order().FirstOrDefault()
            : null;
        if (path is null)
        {
            throw new RecipeException($"There is no recipe '{name}' (looked for {name}{Extension} in {Folder}).");
        }
        return Parse(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path));
    }

    /// <summary>Reads recipe JSON; <paramref name="source"/> names it in errors.</summary>
    public static Recipe Parse(string json, string source)
    {
        try
        {
            var recipe = JsonSerializer.Deserialize<Recipe>(json, ContentJson.Options)
                ?? throw new RecipeException($"{source}: the file is empty.");
            return recipe with { Source = source };
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new RecipeException($"{source}{where}: {e.Message}", e);
        }
    }
}
