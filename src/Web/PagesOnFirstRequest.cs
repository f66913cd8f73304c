using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkostoportaali.Web;

/// <summary>
/// Razor Pages reads a page's model (handlers, bound properties, filters) on the page's first request, as it does under
/// runtime compilation, instead of every page's as the server starts: that took a quarter of a second of each start,
/// and the endpoints waited for it. Its own policy for this is internal, so <see cref="PageLoadingPolicy"/> is written here.
/// </summary>
internal static class PagesOnFirstRequest
{
    public static IServiceCollection AddPagesOnFirstRequest(this IServiceCollection services)
    {
        services.RemoveAll<IActionDescriptorProvider>(typeof(CompiledPageActionDescriptorProvider));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActionDescriptorProvider, PageActionDescriptorProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, PageLoadingPolicy>());
        return services;
    }

    private static void RemoveAll<TService>(this IServiceCollection services, Type implementation) =>
        services.Where(d => d.ServiceType == typeof(TService) && d.ImplementationType == implementation).ToList()
            .ForEach(d => services.Remove(d));
}

/// <summary>Swaps a matched page's endpoint for the one made from its model, read (once, then cached) by the page loader.</summary>
internal sealed class PageLoadingPolicy(PageLoader loader) : MatcherPolicy, IEndpointSelectorPolicy
{
    // Before the policies that read the metadata only the read model carries (HTTP methods, authorization, caching).
    public override int Order => int.MinValue + 100;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(endpoint => Unread(endpoint) is not null);

    public async Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && Unread(candidates[i].Endpoint) is { } page)
            {
                var read = await loader.LoadAsync(page, candidates[i].Endpoint.Metadata);
                candidates.ReplaceEndpoint(i, read.Endpoint, candidates[i].Values);
            }
        }
    }

    private static PageActionDescriptor? Unread(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page and not CompiledPageActionDescriptor ? page : null;
}
