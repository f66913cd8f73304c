using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Web;

/// <summary>
/// What the output cache (ASP.NET Core OutputCache) keeps: the answers to anonymous GET and HEAD requests to a running
/// tenant, by host, path (tenant prefix and language included), query and the versions of the data they are made of
/// (<see cref="TenantChanges"/>): a page made before a change is never served after it, even one that was still being
/// made when the change committed. A kept page has an ETag, so that a browser's conditional request is answered 304.
/// Not kept: a logged-in user's request, a response that sets a cookie or forbids storing (a page with an antiforgery
/// form does, through <c>IAntiforgery</c>), an endpoint marked <c>[OutputCache(NoStore = true)]</c>, and any status
/// but 200.
/// <para>
/// The cache runs ahead of routing and authentication (<see cref="PortalComposition.UsePortal"/>), so it sees no
/// endpoint when a request comes in and no user: a request that carries a sign-in cookie, valid or not, is taken for
/// a logged-in user's, and an endpoint's own output-cache metadata is read when its answer starts.
/// </para>
/// </summary>
internal sealed class PublicPagePolicy(TenantChanges changes, IOptionsMonitor<CookieAuthenticationOptions> cookies) : IOutputCachePolicy
{
    // ".AspNetCore.Identity.Application" (PostConfigure names it), which the Users module follows with the tenant's
    // name, and chunking with C1, C2…; null when no module signs users in.
    private readonly string? signInCookie = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name;

    /// <summary>On every kept page, so that all can be evicted at once.</summary>
    public const string AllPagesTag = "pages";

    public static string TagOf(string tenant) => "tenant:" + tenant;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var tenant = http.Features.Get<Tenant>();
        var cacheable = tenant is not null
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !SignedIn(http.Request)
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // No request coalescing: with it, a first request the client cancels (a browser leaving a page while its
        // scripts load) can leave the requests waiting on it an empty answer, which is then kept (dotnet/aspnetcore#52310).
        context.AllowLocking = false;
        if (tenant is null)
        {
            return ValueTask.CompletedTask;
        }
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.QueryKeys = "*";
        // Kept compressed, as each client accepts.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        // The path base holds the tenant's prefix and the language already; said again, a key never depends on how the
        // output cache builds keys from it.
        context.CacheVaryByRules.VaryByValues["tenant"] = tenant.Name;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        var data = DataVersion(tenant);
        context.CacheVaryByRules.VaryByValues["data"] = data;
        context.Tags.Add(AllPagesTag);
        context.Tags.Add(TagOf(tenant.Name));
        if (cacheable)
        {
            // The data's versions name the page's content: the output cache answers a request that sends it back with
            // 304. Set before the page runs, as the cache copies the headers when the body starts.
            http.Response.Headers.ETag = $"W/\"{data}\"";
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (!Storable(context.HttpContext.Response)
            || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { NoStore: true })
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    private bool SignedIn(HttpRequest request)
    {
        if (signInCookie is null || !request.Headers.ContainsKey(HeaderNames.Cookie))
        {
            return false;
        }
        foreach (var name in request.Cookies.Keys)
        {
            if (name.StartsWith(signInCookie, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Storable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && StringValues.IsNullOrEmpty(response.Headers.SetCookie)
        && !(CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var cacheControl)
            && (cacheControl.NoStore || cacheControl.NoCache || cacheControl.Private));

    // The portal's own pages list every tenant's; a tenant's pages show its own data and its row of the registry.
    private string DataVersion(Tenant tenant) => string.Create(CultureInfo.InvariantCulture,
        $"{(tenant.IsDefault ? changes.Everything : changes.Of(tenant.Name))}.{changes.Registry}");
}

/// <summary>
/// Frees the memory of pages no key reaches any more: after a change to a tenant, its pages and the portal's; after a
/// change to the registry, all. (The versions in the keys already keep them from being served.)
/// </summary>
internal sealed class PublicPageEviction(TenantChanges changes, IOutputCacheStore store, ILogger<PublicPageEviction> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        changes.Changed += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        changes.Changed -= Evict;
        return Task.CompletedTask;
    }

    private void Evict(string? tenant) => _ = EvictAsync(tenant);

    private async Task EvictAsync(string? tenant)
    {
        try
        {
            string[] tags = tenant is null
                ? [PublicPagePolicy.AllPagesTag]
                : [PublicPagePolicy.TagOf(tenant), PublicPagePolicy.TagOf(TenantName.Default)];
            foreach (var tag in tags)
            {
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "Cached pages of {Tenant} could not be evicted; they expire by themselves.", tenant ?? "every tenant");
        }
    }
}
