using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Web.Theme;

/// <summary>
/// The logos of the portal's sites for the home page's site cards, each read in its own site's scope. The page is
/// output-cached until any site changes, so the sites' databases are read once per change, not per visit.
/// </summary>
public sealed class SiteLogos(TenantScopes scopes)
{
    public async Task<IReadOnlyDictionary<string, ImageSources>> OfAsync(IEnumerable<Tenant> sites, HttpRequest request, string culture,
        CancellationToken cancellationToken)
    {
        var logos = new Dictionary<string, ImageSources>();
        foreach (var site in sites)
        {
            await using var scope = scopes.Create(site);
            var theme = await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetAsync<ThemeSettings>(cancellationToken);
            if (await scope.ServiceProvider.GetRequiredService<IMediaImages>().SourcesAsync(theme.LogoMediaId, request, culture, cancellationToken) is { } logo)
            {
                logos[site.Name] = logo;
            }
        }
        return logos;
    }
}
