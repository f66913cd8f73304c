using Verkostoportaali.Core;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verkostoportaali.Events.Pages.Events;

/// <summary>
/// <c>/tapahtumat/kuukausi/{year}/{month}</c>: a month's events as a list of days with headings. An event is listed
/// on its first day in the month; one that began earlier is listed on the 1st.
/// </summary>
public sealed class MonthModel(EventCalendar calendar, EventDetails details, TimeProvider clock) : PageModel
{
    private static readonly DateOnly First = new(EventPart.EarliestYear, 1, 1);
    private static readonly DateOnly Last = new(EventPart.LatestYear, 12, 1);

    public DateOnly Month { get; private set; }
    public IReadOnlyList<EventDay> Days { get; private set; } = [];
    public DateOnly? Previous => Month > First ? Month.AddMonths(-1) : null;
    public DateOnly? Next => Month < Last ? Month.AddMonths(1) : null;

    public async Task<IActionResult> OnGetAsync(int? year, int? month, CancellationToken cancellationToken)
    {
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
        var items = await calendar.MonthAsync(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, Month, cancellationToken);
        Days = [.. (await details.ForAsync(items, cancellationToken))
            .GroupBy(v => v.Span.FirstDay < Month ? Month : v.Span.FirstDay)
            .OrderBy(g => g.Key)
            .Select(g => new EventDay(g.Key, [.. g]))];
        return Page();
    }
}

/// <summary>A day of the month view and the events listed on it.</summary>
public sealed record EventDay(DateOnly Day, IReadOnlyList<EventView> Events);
