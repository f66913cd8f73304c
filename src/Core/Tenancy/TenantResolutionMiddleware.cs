using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// Finds the request's tenant, moves its URL prefix into <c>PathBase</c>, and answers for tenants
/// that cannot serve: 503 while one is being set up, 404 when it is disabled or unknown, 400 for a host name that
/// is neither a site's nor the portal's.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry, TenantLinks links)
{
    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext, IStringLocalizer<TenantResolutionMiddleware> T)
    {
        if (!links.IsKnownHost(context.Request.Host.Host))
        {
            await RefuseAsync(context, null, T, StatusCodes.Status400BadRequest, "This portal does not answer to this host name.");
            return;
        }
        var match = registry.Resolve(context.Request.Host.Host, context.Request.Path);
        switch (match?.Tenant.State)
        {
            case null:
                await RefuseAsync(context, match, T, StatusCodes.Status503ServiceUnavailable, "The portal is not set up yet.");
                return;
            case TenantState.Uninitialized or TenantState.Initializing:
                context.Response.Headers.RetryAfter = "5";
                await RefuseAsync(context, match, T, StatusCodes.Status503ServiceUnavailable, "This site is being set up. Please try again shortly.");
                return;
            case TenantState.Disabled:
                await RefuseAsync(context, match, T, StatusCodes.Status404NotFound, "This site is not available.");
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

    // The culture middleware has not run for a refused request, so the language is read here from the path after the prefix.
    private static Task RefuseAsync(HttpContext context, TenantMatch? match, IStringLocalizer T, int status, string msgid)
    {
        var path = context.Request.Path;
        if (match?.PathBase.HasValue == true)
        {
            path.StartsWithSegments(match.PathBase, StringComparison.OrdinalIgnoreCase, out path);
        }
        var language = PortalCultures.LanguageOf(path, out _);
        CultureInfo.CurrentUICulture = PortalCultures.Formatting(language);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentLanguage = language;
        return context.Response.WriteAsync(RefusalPage.Html(language, T[msgid].Value, T["Go to the portal's front page"].Value));
    }
}

/// <summary>The request's tenant, for code that runs outside DI scopes (cookie events, options callbacks).</summary>
public static class TenantHttpContext
{
    public static Tenant GetTenant(this HttpContext context) =>
        context.Features.Get<Tenant>() ?? throw new InvalidOperationException("The request has no tenant: is the tenant middleware in the pipeline?");
}
