using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Contents;

/// <summary>
/// The names of the site's content types (their definitions' labels in fi/sv/en), which every summary in a list shows:
/// read once for each version of the site's data (<see cref="TenantChanges"/>), not on every request.
/// </summary>
public sealed class ContentTypeLabels(ContentDefinitionStore definitions, TenantContext tenant, TenantChanges changes, IMemoryCache cache)
{
    /// <summary>The type's name in the culture; the type's own name for a type the site does not define.</summary>
    public async Task<string> ForAsync(string contentType, string culture, CancellationToken cancellationToken = default)
    {
        var labels = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, typeof(ContentTypeLabels),
            async () => (await definitions.ListAsync(cancellationToken)).ToDictionary(t => t.Name, t => t.Label));
        return labels.TryGetValue(contentType, out var label) ? label.For(culture) : contentType;
    }
}
