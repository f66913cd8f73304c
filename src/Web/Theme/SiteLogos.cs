using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Web.Theme;

/// <summary>
/// Sites' logos, each read in its own site's scope and kept until that site's own data changes
/// (<see cref="TenantChanges"/>): the layout shows its site's logo on every page, and the portal home shows every
/// site's, so that when one of 50 sites changes, the home page reads that one site again, not all.
/// </summary>
public sealed class SiteLogos(TenantScopes scopes, TenantChanges changes, IMemoryCache cache)
{
    private sealed record NoLogo;

    public async Task<IReadOnlyDictionary<string, ImageSources>> OfAsync(IEnumerable<Tenant> sites, HttpRequest request, string culture,
        CancellationToken cancellationToken)
    {
        var logos = new Dictionary<string, ImageSources>();
        foreach (var site in sites)
        {
            if (await OfAsync(site, request, culture, cancellationToken) is { } sources)
            {
                logos[site.Name] = sources;
            }
        }
        return logos;
    }

    /// <summary>The site's logo for a page in the culture, or null when it has none.</summary>
    public async Task<ImageSources?> OfAsync(Tenant site, HttpRequest request, string culture, CancellationToken cancellationToken)
    {
        // Addresses depend on the request's host and path base, and on the site's data version.
        var key = (typeof(SiteLogos), site.Name, culture, request.Host.Value, request.PathBase.Value, changes.Of(site.Name));
        if (!cache.TryGetValue(key, out var logo))
        {
            logo = (object?)await ReadAsync(site, request, culture, cancellationToken) ?? new NoLogo();
            cache.Set(key, logo, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(30) });
        }
        return logo as ImageSources;
    }

    private async Task<ImageSources?> ReadAsync(Tenant site, HttpRequest request, string culture, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(site);
        var theme = await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync<ThemeSettings>(cancellationToken);
        return await scope.ServiceProvider.GetRequiredService<IMediaImages>().SourcesAsync(theme.LogoMediaId, request, culture, cancellationToken);
    }
}
