using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Web.Theme;

/// <summary>
/// The logos of the portal's sites for the home page's site cards, each read in its own site's scope. The page is
/// output-cached until any site changes; each site's logo is also kept until that site's own data changes
/// (<see cref="TenantChanges"/>), so that when one of 50 sites changes, the page reads that one site again, not all.
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
            // Addresses depend on the request's host and path base, and on the site's data version.
            var key = (typeof(SiteLogos), site.Name, culture, request.Host.Value, request.PathBase.Value, changes.Of(site.Name));
            var logo = await cache.GetOrCreateAsync(key, async entry =>
            {
                entry.SlidingExpiration = TimeSpan.FromMinutes(30);
                return (object?)await ReadAsync(site, request, culture, cancellationToken) ?? new NoLogo();
            });
            if (logo is ImageSources sources)
            {
                logos[site.Name] = sources;
            }
        }
        return logos;
    }

    private async Task<ImageSources?> ReadAsync(Tenant site, HttpRequest request, string culture, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(site);
        var theme = await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync<ThemeSettings>(cancellationToken);
        return await scope.ServiceProvider.GetRequiredService<IMediaImages>().SourcesAsync(theme.LogoMediaId, request, culture, cancellationToken);
    }
}
