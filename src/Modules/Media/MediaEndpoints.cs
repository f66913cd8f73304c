using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Media.Storage;

namespace Verkostoportaali.Media;

/// <summary>
/// <c>GET /media/{file}</c>: a stored file of the request's own site. Its name holds its content's hash, so it is
/// cached for a year as immutable; the output cache keeps none (the browser and any proxy do).
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(MediaFileNames.UrlPrefix + "{fileName}", async (string fileName, TenantContext tenant, IMediaStore store,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            if (!MediaFileNames.IsValid(fileName) || await store.OpenReadAsync(tenant.Tenant.Name, fileName, cancellationToken) is not { } content)
            {
                return Results.NotFound();
            }
            response.Headers.CacheControl = "public, max-age=31536000, immutable";
            response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            return Results.Stream(content, MediaFileNames.ContentTypeOf(fileName));
        }).WithTags("Media").WithMetadata(new OutputCacheAttribute { NoStore = true });
        return routes;
    }
}
