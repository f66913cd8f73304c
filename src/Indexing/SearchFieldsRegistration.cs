using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkostoportaali.Indexing;

/// <summary>How a module tells search which fields its parts give.</summary>
public static class SearchFieldsRegistration
{
    public static IServiceCollection AddSearchFields<TFields>(this IServiceCollection services) where TFields : class, ISearchFields
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISearchFields, TFields>());
        return services;
    }
}
