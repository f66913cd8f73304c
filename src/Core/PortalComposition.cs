using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Localization;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core;

/// <summary>The two calls <c>Program.cs</c> makes: <c>AddPortal()</c> with its modules, and <c>UsePortal()</c>.</summary>
public static class PortalComposition
{
    public static PortalBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // `dotnet run` serves wwwroot through the build's static-web-assets manifest in every environment;
        // without it, MapStaticAssets answers gzip requests outside Development with an empty body.
        builder.WebHost.UseStaticWebAssets();
        var catalog = new ModuleCatalog();
        services.AddSingleton(catalog);
        services.AddHostedService<ContractCheck>();
        services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FinnishCalendar>();

        services.AddSingleton<TenantDataPaths>();
        var dataRoot = Path.GetFullPath(builder.Configuration[$"{PortalOptions.Section}:DataPath"] ?? new PortalOptions().DataPath,
            builder.Environment.ContentRootPath);
        // Keys survive restarts, so cookies and antiforgery tokens stay valid.
        services.AddDataProtection().SetApplicationName("Verkostoportaali")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataRoot, "DataProtection-Keys")));
        services.AddDbContextFactory<HostDbContext>((sp, options) =>
            options.UseSqlite($"Data Source={sp.GetRequiredService<TenantDataPaths>().HostDatabase}"));
        services.AddSingleton<ReservedSegments>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantScopes>();
        services.AddScoped<TenantContext>();
        services.AddHostedService<HostStartup>();
        services.AddSingleton<TenantJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<TenantJobRunner>());
        services.AddMemoryCache();
        services.AddScoped<SiteSettingsStore>();

        services.AddSingleton<TenantMigrations>();
        services.AddScoped<TenantSchemaCheck>();
        services.AddHostedService<TenantUpgradeSweep>();
        services.AddDbContext<TenantDbContext>((sp, options) =>
        {
            TenantDatabase.Configure(options, sp.GetRequiredService<TenantDataPaths>(), sp.GetRequiredService<TenantContext>().Tenant.Name);
            options.AddInterceptors(sp.GetRequiredService<TenantSchemaCheck>());
        });
        services.AddSingleton<ContentPartRegistry>();
        services.AddScoped<ContentDefinitionStore>();
        services.AddScoped<ContentManager>();
        services.AddScoped<ContentRewriter>();
        services.AddScoped<TenantContentHandlers>();
        services.AddContentHandler<PartValidationHandler>();
        services.AddScoped<FeatureEnabler>();

        services.AddAuthorization();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicies>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<IAuthorizationHandler, ContentAuthorizationHandler>();

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
        // Modules add named policies to these options (e.g. public forms); 429 with a message when one is hit.
        services.AddRateLimiter(options => options.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddOptions<RateLimiterOptions>().Configure<IStringLocalizerFactory>((options, localizers) =>
        {
            var T = localizers.Create(typeof(PortalComposition));
            options.OnRejected = (context, cancellationToken) => new ValueTask(context.HttpContext.Response.WriteAsync(
                T["Too many requests. Please wait a moment and try again."].Value, cancellationToken));
        });
        services.AddHealthChecks().AddCheck<HostDatabaseHealthCheck>("host-database");
        var mvc = services.AddRazorPages(options => options.Conventions.Add(new ModulePageConvention(catalog)))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        return new PortalBuilder(services, catalog, mvc)
            .AddOptionalContract<IAuditLog, NoAuditLog>()
            .AddOptionalContract<IPermissionGrants, NoPermissionGrants>();
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // After tenant resolution, so that an error page is shown in the tenant's own scope and layout.
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            // A request the framework could not bind (e.g. ?page=abc) is the client's error, not ours.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseMiddleware<CultureFromPathMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapHealthChecks("/health");
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app.MapGroup("").WithMetadata(new ModuleFeature(module.Id)));
        }
        // The app's own data sources, not the EndpointDataSource service: that one is filled only when the server
        // builds its pipeline, after the setup recipe and ops commands have checked tenant names.
        app.Services.GetRequiredService<ReservedSegments>().ReadFrom(new CompositeEndpointDataSource(((IEndpointRouteBuilder)app).DataSources));
        return app;
    }
}
