using System.Text.Json;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Settings;

namespace Verkostoportaali.Recipes;

/// <summary><c>{ "name": "Settings", "sections": { "ThemeSettings": { … } } }</c>: replaces settings sections.</summary>
public sealed class SettingsStep(SiteSettingsStore store, IEnumerable<SiteSettingsRegistration> registrations)
    : RecipeStep<SettingsStep.Data>("Settings")
{
    private readonly Dictionary<string, Type> types = registrations.ToDictionary(r => r.SettingsType.Name, r => r.SettingsType);

    public sealed record Data(IReadOnlyDictionary<string, JsonElement> Sections);

    protected override IEnumerable<string> Validate(Data step) =>
        step.Sections.Select(s => Problem(s.Key, s.Value)).OfType<string>();

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, json) in step.Sections)
        {
            await store.SaveAsync(json.Deserialize(types[name], ContentJson.Options)!, cancellationToken);
        }
    }

    private string? Problem(string name, JsonElement json)
    {
        if (!types.TryGetValue(name, out var type))
        {
            return $"There is no settings section '{name}' (known: {string.Join(", ", types.Keys.Order())}).";
        }
        try
        {
            return json.Deserialize(type, ContentJson.Options) is null ? $"Settings section '{name}' is empty." : null;
        }
        catch (JsonException e)
        {
            return $"Settings section '{name}': {e.Message}";
        }
    }
}
