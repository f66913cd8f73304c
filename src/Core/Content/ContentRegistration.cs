using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Content;

/// <summary>How a module adds its parts, lookups, handlers and tables to the kernel.</summary>
public static class ContentRegistration
{
    public static IServiceCollection AddContentPart<TPart>(this IServiceCollection services) where TPart : ContentPart =>
        services.AddSingleton(new ContentPartRegistration(typeof(TPart)));

    public static IServiceCollection AddContentHandler<THandler>(this IServiceCollection services)
        where THandler : class, IContentHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentHandler, THandler>());
        return services;
    }

    /// <summary>Adds a lookup table: its rows are kept in step with every saved version.</summary>
    public static IServiceCollection AddContentLookup<TLookup>(this IServiceCollection services)
        where TLookup : class, IContentLookup, ITenantModel
    {
        services.AddSingleton<TLookup>();
        services.AddSingleton<IContentLookup>(sp => sp.GetRequiredService<TLookup>());
        return services.AddSingleton<ITenantModel>(sp => sp.GetRequiredService<TLookup>());
    }

    /// <summary>Adds a settings record that recipes and admin pages can set per tenant.</summary>
    public static IServiceCollection AddSiteSettings<TSettings>(this IServiceCollection services) where TSettings : class, new() =>
        services.AddSingleton(new SiteSettingsRegistration(typeof(TSettings)));

    /// <summary>Adds a job that runs every <paramref name="interval"/> in each running tenant with <paramref name="feature"/>.</summary>
    public static IServiceCollection AddTenantJob<TJob>(this IServiceCollection services, string feature, TimeSpan interval)
        where TJob : class, ITenantJob =>
        services.AddScoped<TJob>().AddSingleton(new TenantJobRegistration(typeof(TJob), feature, interval));

    public static IServiceCollection AddTenantModel<TModel>(this IServiceCollection services) where TModel : class, ITenantModel =>
        services.AddSingleton<ITenantModel, TModel>();
}
