using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Events;

/// <summary>A tenant's published events in one culture: upcoming, past, by month, or all for the feed.</summary>
public sealed class EventCalendar(TenantDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    // Compiled: every month page runs it, and EF Core's cache lookup of the LINQ query cost a tenth of the page.
    private static readonly CompiledQuery<Func<TenantDbContext, string, DateOnly, DateOnly, IAsyncEnumerable<ContentItem>>> InMonth = new(() =>
        EF.CompileAsyncQuery((TenantDbContext db, string culture, DateOnly first, DateOnly last) => db.Set<EventDate>().AsNoTracking()
            .Where(d => d.Version.Published && d.Version.Culture == culture && d.FirstDay <= last && d.LastDay >= first)
            .OrderBy(d => d.StartUtc).ThenBy(d => d.Version.DisplayText).Select(d => d.Version)));

    /// <summary>Events still going on or to come, soonest first: an all-day event stays upcoming until its last day ends.</summary>
    public Task<EventPage> UpcomingAsync(string culture, ListPage page, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var upcoming = Published(culture).Where(d => d.EndUtc > now || d.StartUtc >= now);
        return PageAsync(upcoming.OrderBy(d => d.StartUtc).ThenBy(d => d.Version.DisplayText), page, cancellationToken);
    }

    /// <summary>Events that have ended, latest first.</summary>
    public Task<EventPage> PastAsync(string culture, ListPage page, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var past = Published(culture).Where(d => d.EndUtc <= now && d.StartUtc < now);
        return PageAsync(past.OrderByDescending(d => d.StartUtc).ThenBy(d => d.Version.DisplayText), page, cancellationToken);
    }

    /// <summary>Events on any day of the month, in the order they start; one that spans months is in each of them.</summary>
    public async Task<IReadOnlyList<ContentItem>> MonthAsync(string culture, DateOnly month, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return await InMonth.For(db)(db, culture, first, last).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ContentItem>> AllAsync(string culture, CancellationToken cancellationToken = default) =>
        await Published(culture).OrderBy(d => d.StartUtc).Select(d => d.Version).ToListAsync(cancellationToken);

    private IQueryable<EventDate> Published(string culture) =>
        db.Set<EventDate>().AsNoTracking().Where(d => d.Version.Published && d.Version.Culture == culture);

    private static async Task<EventPage> PageAsync(IQueryable<EventDate> dates, ListPage asked, CancellationToken cancellationToken)
    {
        var page = asked.Of(await dates.CountAsync(cancellationToken), PageSize);
        var items = await dates.Skip(page.Skip(PageSize)).Take(PageSize).Select(d => d.Version).ToListAsync(cancellationToken);
        return new EventPage(items, page);
    }
}

/// <summary>One page of a list of events; there is always at least one page, perhaps empty.</summary>
public sealed record EventPage(IReadOnlyList<ContentItem> Items, ListPage Page);
