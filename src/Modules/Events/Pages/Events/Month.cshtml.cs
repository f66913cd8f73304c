using Verkostoportaali.Core;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Events.Pages.Events;

/// <summary>
/// <c>/tapahtumat/kuukausi/{year}/{month}</c>: a month's events as a calendar grid (weeks from Monday, as in Finland),
/// and as a list of days with headings for phones and screen readers. In the list an event is on its first day in
/// the month (one that began earlier on the 1st); in the grid on every day of the month it lasts.
/// </summary>
public sealed class MonthModel(EventCalendar calendar, EventDetails details, TimeProvider clock, TenantContext tenant, TenantChanges changes,
    IMemoryCache cache) : PageModel
{
    private static readonly DateOnly First = new(EventPart.EarliestYear, 1, 1);
    private static readonly DateOnly Last = new(EventPart.LatestYear, 12, 1);

    public DateOnly Month { get; private set; }
    // Grouped when the page's kept part is made again, not on every request.
    public IReadOnlyList<EventDay> Days => days ??= [.. Events
        .GroupBy(v => v.Span.FirstDay < Month ? Month : v.Span.FirstDay)
        .OrderBy(g => g.Key)
        .Select(g => new EventDay(g.Key, [.. g]))];
    public IReadOnlyList<EventView> Events { get; private set; } = [];
    public DateOnly? Previous => Month > First ? Month.AddMonths(-1) : null;
    public DateOnly? Next => Month < Last ? Month.AddMonths(1) : null;

    public async Task<IActionResult> OnGetAsync()
    {
        // Read rather than bound: any handler parameter makes MVC bind, a twentieth of a list page. The route's int
        // constraint has checked them.
        int? Route(string name) => int.TryParse(RouteData.Values[name] as string, CultureInfo.InvariantCulture, out var value) ? value : null;
        var (year, month, cancellationToken) = (Route("year"), Route("month"), HttpContext.RequestAborted);
        if (year is null || month is null)
        {
            var today = HelsinkiTime.Today(clock);
            return RedirectToPage(new { year = today.Year, month = today.Month });
        }
        if (year is < EventPart.EarliestYear or > EventPart.LatestYear || month is < 1 or > 12)
        {
            return NotFound();
        }
        Month = new DateOnly(year.Value, month.Value, 1);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        // Made once for each version of the site's data: the views read every event's part and its municipality's name.
        Events = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, (typeof(MonthModel), Month, culture),
            async () => await details.ForAsync(await calendar.MonthAsync(culture, Month, cancellationToken), cancellationToken));
        return Page();
    }

    private IReadOnlyList<EventDay>? days;

    /// <summary>The grid's weeks, Monday first; a day outside the month is null.</summary>
    public IEnumerable<IReadOnlyList<DateOnly?>> Weeks()
    {
        var monday = Month.AddDays(-(((int)Month.DayOfWeek + 6) % 7));
        for (var start = monday; start.Month == Month.Month || start < Month; start = start.AddDays(7))
        {
            yield return [.. Enumerable.Range(0, 7).Select(i => start.AddDays(i)).Select(d => d.Month == Month.Month ? d : (DateOnly?)null)];
        }
    }

    /// <summary>The events going on that day, in the order they start.</summary>
    public IEnumerable<EventView> On(DateOnly day) => Events.Where(v => v.Span.FirstDay <= day && v.Span.LastDay >= day);
}

/// <summary>A day of the month view and the events listed on it.</summary>
public sealed record EventDay(DateOnly Day, IReadOnlyList<EventView> Events);
