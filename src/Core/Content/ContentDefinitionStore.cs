using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Core.Content;

/// <summary>The tenant's content type definitions, stored as data in its database.</summary>
public sealed class ContentDefinitionStore(TenantDbOnDemand database, ContentPartRegistry parts)
{
    private Dictionary<string, ContentTypeDefinition>? loaded;

    public async Task<ContentTypeDefinition?> FindAsync(string name, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).GetValueOrDefault(name);

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await LoadAsync(cancellationToken)).Values.OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>Adds or replaces a type; throws <see cref="ContentException"/> naming any part no module provides.</summary>
    public async Task SaveAsync(ContentTypeDefinition definition, CancellationToken cancellationToken = default)
    {
        var unknown = definition.Parts.Where(p => parts.Find(p) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ContentException($"Content type '{definition.Name}' names unknown parts: {string.Join(", ", unknown)}.");
        }
        var json = JsonSerializer.Serialize(definition, ContentJson.Options);
        var stored = await database.Context.ContentTypes.FindAsync([definition.Name], cancellationToken);
        if (stored is null)
        {
            database.Context.ContentTypes.Add(new StoredContentType { Name = definition.Name, Definition = json });
        }
        else
        {
            stored.Definition = json;
        }
        await database.Context.SaveChangesAsync(cancellationToken);
        (await LoadAsync(cancellationToken))[definition.Name] = definition;
    }

    private async Task<Dictionary<string, ContentTypeDefinition>> LoadAsync(CancellationToken cancellationToken) =>
        loaded ??= (await database.Context.ContentTypes.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(
            t => t.Name,
            t => ContentJson.ReadStored<ContentTypeDefinition>(t.Definition));
}

/// <summary>A content operation was refused; the message says why.</summary>
public class ContentException(string message, Exception? inner = null) : Exception(message, inner);
