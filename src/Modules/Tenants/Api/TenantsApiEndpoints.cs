using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;

namespace Verkostoportaali.Tenants.Api;

/// <summary><c>GET /api/tenants</c>: the portal's tenants and where they are.</summary>
public static class TenantsApiEndpoints
{
    public static IEndpointRouteBuilder MapTenantsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/tenants", ListAsync).WithTags("Tenants");
        return routes;
    }

    private static async Task<Ok<IReadOnlyList<TenantJson>>> ListAsync(TenantRegistry registry, ITermFieldVocabularies vocabularies,
        HttpRequest request, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var tenants = new List<TenantJson>();
        foreach (var t in registry.All)
        {
            var regionName = t.Region is { } region ? await vocabularies.NameAsync(NewTenantRules.RegionsVocabulary, region, language, cancellationToken) : null;
            tenants.Add(new TenantJson(t.Name, t.DisplayName, TenantLinks.Home(t, request), t.State.ToString(), t.Region, regionName));
        }
        return TypedResults.Ok<IReadOnlyList<TenantJson>>(tenants);
    }
}

/// <summary>A site; <see cref="Region"/> is a term id of the regions vocabulary, <see cref="RegionName"/> its name in the request's language.</summary>
public sealed record TenantJson(string Name, string DisplayName, string Url, string State, string? Region, string? RegionName);
