using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;
using Verkostoportaali.Projects;
using Verkostoportaali.Projects.Search;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Web.Pages.Portal;

/// <summary>
/// <c>/koko-suomi/hankkeet</c>: every listed site's projects, latest first, with a site's list's filters (status,
/// programme, sub-measure, Leader, active in a year) and the site and region.
/// </summary>
public sealed class ProjectsModel(IContentListing listing, TenantContext current, TenantRegistry registry, Vocabularies vocabularies,
    IStringLocalizer<ProjectsModule> projectTexts, IStringLocalizer<ProjectsModel> T) : PageModel
{
    public static readonly IReadOnlyList<string> Statuses = [.. Enum.GetValues<ProjectStatus>().Select(s => s.ToString().ToLowerInvariant())];
    public static readonly IReadOnlyList<string> YesNo = ["yes", "no"];

    public FilterChoice Status { get; private set; } = null!;
    public FilterChoice Leader { get; private set; } = null!;
    public FilterChoice Programme { get; private set; } = null!;
    public FilterChoice SubMeasure { get; private set; } = null!;
    public FilterChoice Year { get; private set; } = null!;
    public FilterChoice Site { get; private set; } = null!;
    public FilterChoice Region { get; private set; } = null!;
    public IReadOnlyList<PortalItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery] string? status, [FromQuery] string? programme, [FromQuery] string? submeasure,
        [FromQuery] string? leader, [FromQuery] string? year, [FromQuery] string? site, [FromQuery] string? region, CancellationToken cancellationToken)
    {
        if (!current.Tenant.IsDefault)
        {
            return NotFound();
        }
        var culture = HttpContext.Language();
        var sites = listing.SitesFor(current.Tenant);
        // The statuses are named as the Projects module names them on a site's list.
        Status = new FilterChoice("status", "Status", Statuses.Contains(status) ? status : null,
            [.. Enum.GetValues<ProjectStatus>().Select(s => (s.ToString().ToLowerInvariant(), projectTexts[s.NameMsgid()].Value))]);
        Leader = new FilterChoice("leader", "Leader project", YesNo.Contains(leader) ? leader : null, [("yes", T["Yes"].Value), ("no", T["No"].Value)]);
        Programme = Choice("programme", "Programme / fund", programme, listing.KeywordValues(ProjectSearchFields.Programme, culture, sites));
        SubMeasure = Choice("submeasure", "Sub-measure", submeasure, listing.KeywordValues(ProjectSearchFields.SubMeasure, culture, sites));
        Year = Choice("year", "Active in the year", year, listing.KeywordValues(SearchFieldNames.Year, culture, sites).Reverse());
        var siteChoices = PortalLists.SiteChoices(sites);
        Site = new FilterChoice("site", "Site", PortalLists.Chosen(site, siteChoices), siteChoices);
        Region = await EventsModel.RegionChoiceAsync(vocabularies, region, culture, cancellationToken);
        var (page, listPage) = PortalLists.Read(listing, ListingOf(culture), Site.Current is { } one ? [.. sites.Where(t => t.Name == one)] : sites,
            ListPage.Read(Request.Query), Request);
        (Items, Total, ListPage) = (PortalLists.Items(page, listing, registry, culture), page.Total, listPage);
        return Page();
    }

    private ListingRequest ListingOf(string culture)
    {
        var keywords = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string field, string? value)
        {
            if (value is not null)
            {
                keywords[field] = value;
            }
        }
        Add(SearchFieldNames.Status, Status.Current);
        Add(ProjectSearchFields.Programme, Programme.Current);
        Add(ProjectSearchFields.SubMeasure, SubMeasure.Current);
        Add(ProjectSearchFields.Leader, Leader.Current);
        // Active at some time in the year: begun by its end and not ended before its start.
        var first = Year.Current is { } y ? new DateOnly(int.Parse(y, CultureInfo.InvariantCulture), 1, 1) : (DateOnly?)null;
        return new ListingRequest(culture, [ProjectsModule.ProjectType], ListingOrder.Newest, Region.Current,
            From: first, To: first?.AddYears(1).AddDays(-1), Keywords: keywords);
    }

    private static FilterChoice Choice(string name, string labelMsgid, string? value, IEnumerable<string> values)
    {
        IReadOnlyList<(string, string)> options = [.. values.Select(v => (v, v))];
        return new FilterChoice(name, labelMsgid, PortalLists.Chosen(value, options), options);
    }
}
