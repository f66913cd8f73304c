using System.Text.Json;

namespace Verkostoportaali.Recipes;

/// <summary>A recipe file: named steps that set up a tenant. <see cref="Source"/> names the file in error messages.</summary>
public sealed record Recipe
{
    public required string Name { get; init; }
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<JsonElement> Steps { get; init; } = [];
    public string Source { get; init; } = "";
}

/// <summary>A recipe cannot run. The message names the file, the step and the problem.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);
