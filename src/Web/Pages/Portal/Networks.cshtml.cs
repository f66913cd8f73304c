using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;
using Verkostoportaali.Networks;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Web.Pages.Portal;

/// <summary>
/// <c>/koko-suomi/verkostot</c>: the networks of every listed site that are still active, and so take join requests,
/// by name; by region and site. Networks are written in Finnish, as a site's own list shows them.
/// </summary>
public sealed class NetworksModel(IContentListing listing, TenantContext current, TenantRegistry registry, Vocabularies vocabularies) : PageModel
{
    private const string NetworkCulture = "fi";

    public FilterChoice Site { get; private set; } = null!;
    public FilterChoice Region { get; private set; } = null!;
    public IReadOnlyList<PortalItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] string? site, [FromQuery] string? region, CancellationToken cancellationToken)
    {
        if (!current.Tenant.IsDefault)
        {
            return NotFound();
        }
        var culture = HttpContext.Language();
        var sites = listing.SitesFor(current.Tenant);
        var siteChoices = PortalLists.SiteChoices(sites);
        Site = new FilterChoice("site", "Site", PortalLists.Chosen(site, siteChoices), siteChoices);
        Region = await EventsModel.RegionChoiceAsync(vocabularies, region, culture, cancellationToken);
        var active = new Dictionary<string, string> { [SearchFieldNames.Status] = NetworkStatus.Active.ToString().ToLowerInvariant() };
        var request = new ListingRequest(NetworkCulture, [NetworksModule.NetworkType], ListingOrder.Title, Region.Current, Keywords: active);
        var (page, listPage) = PortalLists.Read(listing, request, Site.Current is { } one ? [.. sites.Where(t => t.Name == one)] : sites,
            ListPage.Read(Request.Query), Request);
        (Items, Total, ListPage) = (PortalLists.Items(page, listing, registry, culture), page.Total, listPage);
        return Page();
    }
}
