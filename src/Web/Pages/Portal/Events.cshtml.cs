using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Web.Pages.Portal;

/// <summary>
/// <c>/koko-suomi/tapahtumat</c>: the national calendar, every listed site's events soonest first, by region, type (a
/// theme) and month; without a month, those still going on or to come. A month keeps events that began earlier.
/// </summary>
public sealed class EventsModel(IContentListing listing, TenantContext current, TenantRegistry registry, Vocabularies vocabularies,
    TimeProvider clock) : PageModel
{
    private const int MonthsOffered = 12;

    public FilterChoice Region { get; private set; } = null!;
    public FilterChoice Type { get; private set; } = null!;
    public FilterChoice Month { get; private set; } = null!;
    public IReadOnlyList<PortalItem> Items { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = null!;
    /// <summary>The iCalendar feed of the same filter.</summary>
    public string CalendarQuery { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery] string? region, [FromQuery] string? type, [FromQuery] string? month,
        CancellationToken cancellationToken)
    {
        if (!current.Tenant.IsDefault)
        {
            return NotFound();
        }
        var culture = HttpContext.Language();
        var sites = listing.SitesFor(current.Tenant);
        var today = HelsinkiTime.Today(clock);
        Region = await RegionChoiceAsync(vocabularies, region, culture, cancellationToken);
        var types = await PortalLists.NamedAsync(listing.KeywordValues(SearchFieldNames.Theme, culture, sites), vocabularies, "themes", culture,
            cancellationToken);
        Type = new FilterChoice("type", "Type", PortalLists.Chosen(type, types), types);
        var months = Months(today, month);
        Month = new FilterChoice("month", "Month", PortalLists.Chosen(month, months), months);
        var first = Month.Current is { } chosen ? FirstDay(chosen) : null;
        var request = new ListingRequest(culture, ["Event"], ListingOrder.Soonest, Region.Current, Type.Current,
            From: first ?? today, To: first?.AddMonths(1).AddDays(-1));
        var (page, listPage) = PortalLists.Read(listing, request, sites, ListPage.Read(Request.Query), Request);
        (Items, Total, ListPage) = (PortalLists.Items(page, listing, registry, culture), page.Total, listPage);
        CalendarQuery = QueryString.Create(new[] { ("region", Region.Current), ("type", Type.Current), ("month", Month.Current) }
            .Where(p => p.Item2 is not null).Select(p => KeyValuePair.Create(p.Item1, p.Item2))).ToString();
        return Page();
    }

    internal static async Task<FilterChoice> RegionChoiceAsync(Vocabularies vocabularies, string? region, string culture,
        CancellationToken cancellationToken)
    {
        var regions = await PortalLists.TermsAsync(vocabularies, "regions", culture, cancellationToken);
        return new FilterChoice("region", "Region", PortalLists.Chosen(region, regions), regions);
    }

    // This month and the next eleven, by name; an earlier or later month asked for in the address is offered too.
    private static IReadOnlyList<(string Value, string Text)> Months(DateOnly today, string? asked)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var months = Enumerable.Range(0, MonthsOffered).Select(thisMonth.AddMonths).ToList();
        if (FirstDay(asked) is { } other && !months.Contains(other))
        {
            months.Add(other);
            months.Sort();
        }
        return [.. months.Select(m => (m.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            CultureInfo.CurrentCulture.TextInfo.ToTitleCase(m.ToString("MMMM yyyy", CultureInfo.CurrentCulture))))];
    }

    private static DateOnly? FirstDay(string? month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100 ? day : null;
}
