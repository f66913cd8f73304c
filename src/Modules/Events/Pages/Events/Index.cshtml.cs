using Verkostoportaali.Core;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verkostoportaali.Events.Pages.Events;

/// <summary><c>/tapahtumat</c>: upcoming events, soonest first; <c>?aika=menneet</c>: past events, latest first.</summary>
public sealed class IndexModel(EventCalendar calendar, EventDetails details, TimeProvider clock) : PageModel
{
    public const string PastValue = "menneet";

    public bool Past { get; private set; }
    public EventPage Listing { get; private set; } = new([], 1, 1);
    public IReadOnlyList<EventView> Events { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "aika")] string? time,
        [FromQuery(Name = "sivu")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid || time is not (null or PastValue))
        {
            return NotFound();
        }
        Past = time == PastValue;
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Listing = Past ? await calendar.PastAsync(culture, page, cancellationToken) : await calendar.UpcomingAsync(culture, page, cancellationToken);
        if (!Listing.Exists)
        {
            return NotFound();
        }
        Events = await details.ForAsync(Listing.Items, cancellationToken);
        Today = HelsinkiTime.Today(clock);
        return Page();
    }

    /// <summary>The address of another page of the same list.</summary>
    public string PageUrl(int page) => Url.Page("Index", new { aika = Past ? PastValue : null, sivu = page == 1 ? (int?)null : page })!;
}
