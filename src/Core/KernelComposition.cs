using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core;

/// <summary>What the host composes of the kernel: its services (<c>AddKernel()</c>) and the modules' endpoints (<c>MapModules()</c>).</summary>
public static class KernelComposition
{
    public static PortalBuilder AddKernel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var catalog = new ModuleCatalog();
        services.AddSingleton(catalog);
        services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FinnishCalendar>();

        services.AddSingleton<TenantDataPaths>();
        services.AddSingleton(sp => PortalDatabase.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<HostConnections>();
        services.AddDbContextFactory<HostDbContext>((sp, options) =>
            sp.GetRequiredService<PortalDatabase>().UseHost(options, sp.GetRequiredService<TenantDataPaths>().HostDatabase));
        services.AddSingleton<ReservedSegments>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantLinks>();
        services.AddSingleton<TenantScopes>();
        services.AddScoped<TenantContext>();
        services.AddSingleton<HostStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<HostStartup>());
        services.AddSingleton<TenantJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<TenantJobRunner>());
        services.AddMemoryCache();
        services.AddScoped<SiteSettingsStore>();

        services.AddSingleton<TenantMigrations>();
        services.AddSingleton<TenantSchemaCheck>();
        services.AddSingleton<TenantChanges>();
        services.AddSingleton<TenantWriteSignal>();
        services.AddHostedService<TenantUpgradeSweep>();
        services.AddPooledDbContextFactory<TenantDbContext>((sp, options) => sp.GetRequiredService<PortalDatabase>().UseTenants(options)
            .AddInterceptors(sp.GetRequiredService<TenantSchemaCheck>(), sp.GetRequiredService<TenantWriteSignal>()));
        services.AddScoped<TenantDbOnDemand>();
        services.AddScoped(scope => scope.GetRequiredService<TenantDbOnDemand>().Lease());
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

        // Pages and no controllers: MVC need not look through every module's types for controllers at start (0.15 s).
        var mvc = services.AddRazorPages(options => options.Conventions.Add(new ModulePageConvention(catalog)))
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Remove(parts.FeatureProviders.OfType<ControllerFeatureProvider>().Single()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        return new PortalBuilder(services, catalog, mvc)
            .AddOptionalContract<IAuditLog, NoAuditLog>()
            .AddOptionalContract<IPermissionGrants, NoPermissionGrants>();
    }

    /// <summary>
    /// Maps each module's endpoints under its feature; then reads the reserved segments from everything mapped, so the
    /// host calls it after mapping its own endpoints.
    /// </summary>
    public static WebApplication MapModules(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        // Program.cs compiles the modules in, so the check the tests ran holds in production, where it would cost 0.17 s a start.
        if (!app.Environment.IsProduction())
        {
            catalog.CheckContracts();
        }
        foreach (var module in catalog.Modules)
        {
            module.MapEndpoints(app.MapGroup("").WithMetadata(new ModuleFeature(module.Id)));
        }
        // The app's own data sources, not the EndpointDataSource service: that one is filled only when the server
        // builds its pipeline, after the setup recipe and ops commands have checked tenant names.
        app.Services.GetRequiredService<ReservedSegments>().ReadFrom(new CompositeEndpointDataSource(((IEndpointRouteBuilder)app).DataSources));
        return app;
    }
}
