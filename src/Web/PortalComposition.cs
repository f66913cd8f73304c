using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Localization;
using Verkostoportaali.ContentFields;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;
using Verkostoportaali.Recipes;
using Verkostoportaali.Search;

namespace Verkostoportaali.Web;

/// <summary>
/// The two calls <c>Program.cs</c> makes: <c>AddPortal()</c> with its modules, and <c>UsePortal()</c>. The host composes
/// here the kernel, the projects beside it (recipes, content fields, PO localization) and the web server around them.
/// </summary>
public static class PortalComposition
{
    public static PortalBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var dataRoot = Path.GetFullPath(builder.Configuration[$"{PortalOptions.Section}:DataPath"] ?? new PortalOptions().DataPath,
            builder.Environment.ContentRootPath);
        DataFolder.Restrict(dataRoot);
        // Its hosted service goes first: the kernel's start-up (recipes making accounts) protects data with the key ring.
        services.AddKeyRing(builder.Configuration, dataRoot);
        // MVC's parts are named, not found (finding them reads the whole deps.json as the server starts): the host's
        // here, each module's as Program.cs adds it.
        var parts = new ApplicationPartManager();
        var host = typeof(PortalComposition).Assembly;
        ApplicationPartFactory.GetApplicationPartFactory(host).GetApplicationParts(host).ToList().ForEach(parts.ApplicationParts.Add);
        services.AddSingleton(parts);
        var portal = builder.AddKernel().AddRecipes().AddContentFields().AddPortalContent();
        services.AddPagesOnFirstRequest();
        // After the kernel's host start-up, which loads the registry it reads.
        services.AddHostedService<DefaultFeatureRollout>();
        // `dotnet run` serves wwwroot through the build's static-web-assets manifest in every environment;
        // without it, MapStaticAssets answers gzip requests outside Development with an empty body. Its fallback for
        // files missing from that manifest is off (appsettings.json): it asked the disk on every page request.
        builder.WebHost.UseStaticWebAssets();
        // Finnish and Swedish text is written as UTF-8, not as &#xE4; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Behind a reverse proxy, rate limits and logs need the visitor's address, not the proxy's. Loopback proxies
        // are trusted by default; others are listed in Portal:KnownProxies.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in builder.Configuration.GetSection("Portal:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddProblemDetails();
        services.AddSecurityHeaders();
        // Modules add named policies to these options (e.g. public forms); 429 with a message when one is hit.
        services.AddRateLimiter(options => options.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddOptions<RateLimiterOptions>().Configure<IStringLocalizerFactory>((options, localizers) =>
        {
            var T = localizers.Create(typeof(PortalComposition));
            options.OnRejected = (context, cancellationToken) => new ValueTask(context.HttpContext.Response.WriteAsync(
                T["Too many requests. Please wait a moment and try again."].Value, cancellationToken));
        });
        // Pages, JSON and feeds are compressed (static files come precompressed). Over HTTPS too: the only secrets on
        // pages, antiforgery tokens, are new in every response, which leaves BREACH nothing to guess.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/calendar", "application/problem+json"];
        });
        // Public pages are kept in memory, bounded by the output cache's size limit (100 MB by default).
        services.AddOutputCache(options => options.AddBasePolicy(policy => policy.AddPolicy<PublicPagePolicy>()))
            .AddHostedService<PublicPageEviction>();
        services.AddSingleton<Theme.SiteLogos>();
        services.AddScoped<Pages.Portal.PortalHome>();
        services.AddHealthChecks().AddCheck<HostDatabaseHealthCheck>("host-database");
        services.AddPublicApiDocument(builder.Configuration).AddOpenDataCors().AddOpenDataRateLimit();
        services.AddPortalTelemetry(builder.Configuration);
        // Strings come from the PO files, and in a tenant's requests its own PO files win.
        services.AddPoLocalization().AddHttpContextAccessor().AddSingleton<TenantTranslations>()
            .AddSingleton<IRequestTranslations>(sp => sp.GetRequiredService<TenantTranslations>())
            .AddHostedService(sp => sp.GetRequiredService<TenantTranslations>());
        return portal;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        // Razor Pages finds the pages' routes on another thread (MapRazorPages waits for it), and the host database is
        // upgraded and the registry loaded on a third, while this one maps the endpoints.
        _ = Task.Run(() => app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors);
        app.Services.GetRequiredService<HostStartup>().Begin();
        app.UseForwardedHeaders();
        app.UsePortalTelemetry();
        // Outside everything that answers, so that every answer has them: refusals, errors, cached pages, static files.
        app.UseMiddleware<SecurityHeaders>();
        // Always asked afresh (no-store): a load balancer must see the database as it is now. /health says the process
        // is alive, ahead of routing, so that the first probe after a start does not wait for the route table;
        // /health/ready adds the checks modules tag "ready" (this node's search indexes are built).
        app.UseHealthChecks("/health", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(SearchModule.ReadyTag) });
        // After tenant resolution, so that an error page is shown in the tenant's own scope and layout.
        app.UseMiddleware<SingleSlashPaths>();
        app.UseMiddleware<EnglishQueryNames>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            // A request the framework could not bind (e.g. ?page=abc) is the client's error, not ours.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        // Over HTTPS only (the forwarded scheme behind a proxy), never for localhost. Inside the exception handler, which
        // clears the headers of a failed response and runs this again for its error page; the tenant middleware's
        // refusals (a site being set up or disabled) go without, as the host's other answers carry it.
        app.UseHsts();
        app.UseMiddleware<CultureFromPathMiddleware>();
        // A kept page is answered ahead of routing, the rate limits and authentication: that is a sixth of a cached page's
        // CPU. The open data's CORS headers and its rate limit come first, so that a cached answer carries the former
        // and counts towards the latter.
        app.UseOpenData();
        if (app.Configuration.GetValue("Portal:OutputCache:Enabled", defaultValue: true))
        {
            app.UseOutputCache();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseRateLimiter();
        // Every scheme is one of Identity's cookies, so a request without a cookie cannot be signed in: it skips making
        // the cookie handler and looking for its cookie, a fiftieth of an anonymous page's CPU.
        app.UseWhen(context => context.Request.Headers.Cookie.Count > 0, signedIn => signedIn.UseAuthentication());
        // The branch keeps its own properties, so the app is marked here with the key UseAuthentication sets and
        // WebApplicationBuilder reads: unmarked, the host adds authentication again ahead of the tenant middleware, and
        // every page fails.
        ((IApplicationBuilder)app).Properties["__AuthenticationMiddlewareSet"] = true;
        app.UseAuthorization();
        // Inside the output cache, which keeps a page compressed once per Accept-Encoding.
        app.UseResponseCompression();
        app.UseAntiforgery();

        app.MapStaticAssets();
        // With the static assets' manifest, the link and script tags name the fingerprinted files, which are cached for good.
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health/ready").WithMetadata(new OutputCacheAttribute { NoStore = true });
        app.MapSecurityTxt();
        app.MapPublicApiDocument();
        return app.MapModules();
    }
}
