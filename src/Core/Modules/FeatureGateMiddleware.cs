using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Modules;

/// <summary>Answers 404 for an endpoint whose module the request's tenant has not enabled.</summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var feature = context.GetEndpoint()?.Metadata.GetMetadata<ModuleFeature>();
        if (feature is not null && !tenant.Tenant.HasFeature(feature.ModuleId))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
