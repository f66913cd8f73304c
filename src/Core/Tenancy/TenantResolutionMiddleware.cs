using Microsoft.AspNetCore.Http;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// Finds the request's tenant, moves its URL prefix into <c>PathBase</c>, and answers for tenants
/// that cannot serve: 503 while one is being set up, 404 when it is disabled or unknown.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var match = registry.Resolve(context.Request.Host.Host, context.Request.Path);
        switch (match?.Tenant.State)
        {
            case null:
                await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "The portal is not set up yet.");
                return;
            case TenantState.Uninitialized or TenantState.Initializing:
                context.Response.Headers.RetryAfter = "5";
                await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "This site is being set up. Please try again shortly.");
                return;
            case TenantState.Disabled:
                await RefuseAsync(context, StatusCodes.Status404NotFound, "This site is not available.");
                return;
        }

        tenantContext.Set(match.Tenant);
        context.Features.Set(match.Tenant);
        if (match.PathBase.HasValue)
        {
            var originalPathBase = context.Request.PathBase;
            var originalPath = context.Request.Path;
            context.Request.Path.StartsWithSegments(match.PathBase, StringComparison.OrdinalIgnoreCase, out var remainder);
            context.Request.PathBase = originalPathBase.Add(match.PathBase);
            context.Request.Path = remainder.HasValue ? remainder : new PathString("/");
            try
            {
                await next(context);
            }
            finally
            {
                context.Request.PathBase = originalPathBase;
                context.Request.Path = originalPath;
            }
            return;
        }
        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }
}

/// <summary>The request's tenant, for code that runs outside DI scopes (cookie events, options callbacks).</summary>
public static class TenantHttpContext
{
    public static Tenant GetTenant(this HttpContext context) =>
        context.Features.Get<Tenant>() ?? throw new InvalidOperationException("The request has no tenant: is the tenant middleware in the pipeline?");
}
