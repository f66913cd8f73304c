using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants.Api;

/// <summary><c>GET /api/tenants</c>: the portal's tenants and where they are.</summary>
public static class TenantsApiEndpoints
{
    public static IEndpointRouteBuilder MapTenantsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/tenants", List).WithTags("Tenants");
        return routes;
    }

    private static Ok<IReadOnlyList<TenantJson>> List(TenantRegistry registry, HttpRequest request) =>
        TypedResults.Ok<IReadOnlyList<TenantJson>>([.. registry.All.Select(t => new TenantJson(
            t.Name, t.DisplayName, TenantLinks.Home(t, request), t.State.ToString(), t.Region))]);
}

public sealed record TenantJson(string Name, string DisplayName, string Url, string State, string? Region);
