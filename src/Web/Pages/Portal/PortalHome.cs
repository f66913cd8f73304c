using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Web.Theme;

namespace Verkostoportaali.Web.Pages.Portal;

/// <summary>A region of the portal home's list of sites, by its name in the page's language; sites without a region last.</summary>
public sealed record SiteRegion(string? Name, IReadOnlyList<Tenant> Sites);

/// <summary>The listed sites by region, and their logos by site name (a site without one has none here).</summary>
public sealed record ListedSites(IReadOnlyList<SiteRegion> Regions, IReadOnlyDictionary<string, ImageSources> Logos);

/// <summary>
/// What the portal home shows besides its own content, all from the search indexes: upcoming events (near the visitor
/// when a region is chosen), the latest projects and stories, and the listed sites by region.
/// </summary>
public sealed class PortalHome(IContentListing listing, TenantContext current, TenantRegistry registry, Vocabularies vocabularies,
    SiteLogos siteLogos, TimeProvider clock)
{
    private const int Shown = 5;

    public FilterChoice Region { get; private set; } = null!;
    public IReadOnlyList<PortalItem> Events { get; private set; } = [];
    public IReadOnlyList<PortalItem> Projects { get; private set; } = [];
    public IReadOnlyList<PortalItem> Stories { get; private set; } = [];

    public async Task LoadAsync(string? region, string culture, HttpRequest request, CancellationToken cancellationToken)
    {
        var sites = listing.SitesFor(current.Tenant);
        var urls = listing.RelativeUrls(request);
        Region = await EventsModel.RegionChoiceAsync(vocabularies, region, culture, cancellationToken);
        IReadOnlyList<PortalItem> Latest(ListingRequest asked) =>
            PortalLists.Items(listing.List(asked with { Size = Shown }, sites, urls), listing, registry, culture);
        Events = Latest(new ListingRequest(culture, ["Event"], ListingOrder.Soonest, Region.Current, From: HelsinkiTime.Today(clock)));
        Projects = Latest(new ListingRequest(culture, ["Project"]));
        Stories = Latest(new ListingRequest(culture, ["Article"]));
    }

    /// <summary>Made only when the page's kept list of sites is out of date (see the view), so not on every request.</summary>
    public async Task<ListedSites> SitesAsync(string culture, HttpRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<Tenant> sites = [.. registry.All.Where(t => !t.IsDefault && t.State == TenantState.Running && t.ListedInPortalSearch)
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];
        var named = new List<SiteRegion>();
        foreach (var group in sites.GroupBy(t => t.Region))
        {
            named.Add(new SiteRegion(group.Key is { } id ? await vocabularies.NameAsync("regions", id, culture, cancellationToken) : null, [.. group]));
        }
        return new ListedSites([.. named.OrderBy(r => r.Name is null).ThenBy(r => r.Name, StringComparer.CurrentCulture)],
            await siteLogos.OfAsync(sites, request, culture, cancellationToken));
    }
}
