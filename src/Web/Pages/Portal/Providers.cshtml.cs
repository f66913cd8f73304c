using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;
using Verkostoportaali.Providers;
using Verkostoportaali.Providers.Search;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Web.Pages.Portal;

/// <summary>
/// <c>/koko-suomi/toimijat</c>: the provider directory of every listed site, by name; by service field, region and
/// quality mark, as a site's directory filters.
/// </summary>
public sealed class ProvidersModel(IContentListing listing, TenantContext current, TenantRegistry registry, Vocabularies vocabularies) : PageModel
{
    public FilterChoice ServiceField { get; private set; } = null!;
    public FilterChoice Region { get; private set; } = null!;
    public FilterChoice Mark { get; private set; } = null!;
    public IReadOnlyList<PortalItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] string? field, [FromQuery] string? region, [FromQuery] string? mark,
        CancellationToken cancellationToken)
    {
        if (!current.Tenant.IsDefault)
        {
            return NotFound();
        }
        var culture = HttpContext.Language();
        var sites = listing.SitesFor(current.Tenant);
        var fields = await PortalLists.NamedAsync(listing.KeywordValues(ProviderSearchFields.ServiceField, culture, sites), vocabularies,
            ProviderTerms.ServiceFields, culture, cancellationToken);
        ServiceField = new FilterChoice("field", "Service field", PortalLists.Chosen(field, fields), fields);
        Region = await EventsModel.RegionChoiceAsync(vocabularies, region, culture, cancellationToken);
        IReadOnlyList<(string, string)> marks = [.. Enum.GetValues<QualityMarkKind>().Select(k => (k.ToString(), k.ToString()))];
        Mark = new FilterChoice("mark", "Quality mark", PortalLists.Chosen(mark, marks), marks);
        var keywords = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ServiceField.Current is { } chosenField)
        {
            keywords[ProviderSearchFields.ServiceField] = chosenField;
        }
        if (Mark.Current is { } chosenMark)
        {
            keywords[ProviderSearchFields.QualityMark] = chosenMark;
        }
        var request = new ListingRequest(culture, [ProvidersModule.ProviderType], ListingOrder.Title, Region.Current, Keywords: keywords);
        var (page, listPage) = PortalLists.Read(listing, request, sites, ListPage.Read(Request.Query), Request);
        (Items, Total, ListPage) = (PortalLists.Items(page, listing, registry, culture), page.Total, listPage);
        return Page();
    }
}
