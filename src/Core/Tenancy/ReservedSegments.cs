using System.Collections.Frozen;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// The first path segments the portal answers itself, which neither a tenant (its name or URL prefix) nor an item's
/// slug may take: the first literal segment of every endpoint mapped (pages, APIs, the static files' folders), the
/// language prefixes, and the portal's own tenant name. Read from the endpoints, so the set is what is really served.
/// </summary>
public sealed class ReservedSegments
{
    private Lazy<FrozenSet<string>>? segments;

    public IReadOnlySet<string> All => (segments
        ?? throw new InvalidOperationException("The portal's own addresses are known once MapModules has passed the mapped endpoints.")).Value;

    public bool Contains(string segment) => All.Contains(segment);

    /// <summary>
    /// Called by <c>MapModules</c> once every endpoint is mapped. They are read on first use (naming a tenant or a
    /// slug), not at start-up: reading them builds them, a tenth of a second the routing builds them again for.
    /// </summary>
    internal void ReadFrom(EndpointDataSource mapped) => segments = new(() => Read(mapped));

    private static FrozenSet<string> Read(EndpointDataSource mapped) =>
        mapped.Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments.FirstOrDefault()?.Parts)
            .Select(parts => parts is [RoutePatternLiteralPart literal] ? literal.Content : null)
            .OfType<string>()
            .Concat(PortalCultures.All.Where(c => c != PortalCultures.Default))
            // "Default" would name the portal's data folder where file names ignore case.
            .Append(TenantName.Default)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
