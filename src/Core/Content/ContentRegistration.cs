using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostoportaali.Core.Data;

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

    public static IServiceCollection AddTenantModel<TModel>(this IServiceCollection services) where TModel : class, ITenantModel =>
        services.AddSingleton<ITenantModel, TModel>();
}
