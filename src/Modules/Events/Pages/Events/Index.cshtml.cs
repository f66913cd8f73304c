using Verkostoportaali.Core;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Events.Pages.Events;

/// <summary><c>/tapahtumat</c>: upcoming events, soonest first; <c>?time=past</c>: past events, latest first.</summary>
public sealed class IndexModel(EventCalendar calendar, EventDetails details, TimeProvider clock) : PageModel
{
    public const string PastValue = "past";

    public bool Past { get; private set; }
    public EventPage Listing { get; private set; } = new([], new(1, 1, null));
    public IReadOnlyList<EventView> Events { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] string? time, CancellationToken cancellationToken = default)
    {
        if (time is not (null or PastValue))
        {
            return NotFound();
        }
        Past = time == PastValue;
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var page = ListPage.Read(Request.Query);
        Listing = Past ? await calendar.PastAsync(culture, page, cancellationToken) : await calendar.UpcomingAsync(culture, page, cancellationToken);
        Events = await details.ForAsync(Listing.Items, cancellationToken);
        Today = HelsinkiTime.Today(clock);
        return Page();
    }
}
