using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Search.Analysis;
using Verkostoportaali.Search.Querying;

namespace Verkostoportaali.Search.Api;

/// <summary><c>GET /api/search</c>: a site's own search, or on the portal a search across all listed sites.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/search", SearchAsync).WithTags("Search");
        return routes;
    }

    private static async Task<SearchResults> SearchAsync(HttpRequest http, TenantContext current, TenantRegistry registry, IndexSearch search,
        FacetNames names, CancellationToken cancellationToken, [FromQuery] string? q, [FromQuery] string? culture, [FromQuery] string? type, [FromQuery] string? tenant,
        [FromQuery] string? region, [FromQuery] string? status, [FromQuery] string? year, [FromQuery] int? page, [FromQuery] int? size)
    {
        var request = new SearchRequest(q, culture, type, tenant, region, status, year, page ?? 1, size ?? 10);
        var results = search.Search(request, SearchScope.Tenants(current.Tenant, tenant, registry), SearchScope.UrlOf(registry, http));
        return await names.NamedAsync(results, SearchAnalyzers.CultureOf(culture), cancellationToken);
    }
}
