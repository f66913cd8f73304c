namespace Verkostoportaali.Core.Content;

/// <summary>Every part type the modules registered, by name: recipes, editors and views find parts here.</summary>
public sealed class ContentPartRegistry(IEnumerable<ContentPartRegistration> registrations)
{
    private readonly Dictionary<string, Type> parts = registrations.ToDictionary(r => r.PartType.Name, r => r.PartType);

    public Type? Find(string partName) => parts.GetValueOrDefault(partName);

    public IEnumerable<string> Names => parts.Keys;
}

public sealed record ContentPartRegistration(Type PartType);
