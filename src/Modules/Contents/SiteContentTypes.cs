using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Contents;

/// <summary>
/// The site's content type definitions for public pages and the content API, which read them on every request (a
/// summary's type name, the API's fields): read from the database once for each version of the site's data
/// (<see cref="TenantChanges"/>), not on every request.
/// </summary>
public sealed class SiteContentTypes(ContentDefinitionStore definitions, TenantContext tenant, TenantChanges changes, IMemoryCache cache)
{
    public async Task<ContentTypeDefinition?> FindAsync(string contentType, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(contentType);

    /// <summary>The type's name in the culture (its definition's label, data like any other); the type's own name for a type the site does not define.</summary>
    public async Task<string> LabelAsync(string contentType, string culture, CancellationToken cancellationToken = default) =>
        (await FindAsync(contentType, cancellationToken))?.Label.For(culture) ?? contentType;

    private Task<Dictionary<string, ContentTypeDefinition>> AllAsync(CancellationToken cancellationToken) =>
        cache.GetOrMakeAsync(changes, tenant.Tenant.Name, typeof(SiteContentTypes),
            async () => (await definitions.ListAsync(cancellationToken)).ToDictionary(t => t.Name));
}
