using Verkostoportaali.Core;
namespace Verkostoportaali.Events;

/// <summary>An event's time as UTC instants (the end exclusive) and the Finnish local days it covers (both inclusive).</summary>
public sealed record EventSpan(DateTime StartUtc, DateTime EndUtc, bool AllDay, DateOnly FirstDay, DateOnly LastDay)
{
    /// <summary>
    /// An all-day event runs from midnight of its first day to midnight after its last; a timed one without an end
    /// time ends as it starts, as in iCalendar.
    /// </summary>
    public static EventSpan Of(EventPart part)
    {
        var lastDay = part.EndDate ?? part.StartDate;
        if (part.StartTime is not { } startTime)
        {
            return new(HelsinkiTime.ToUtc(part.StartDate, TimeOnly.MinValue), HelsinkiTime.ToUtc(lastDay.AddDays(1), TimeOnly.MinValue),
                AllDay: true, part.StartDate, lastDay);
        }
        var start = HelsinkiTime.ToUtc(part.StartDate, startTime);
        var end = part.EndTime is { } endTime ? HelsinkiTime.ToUtc(lastDay, endTime) : start;
        // An event that ends at midnight does not reach into the day that midnight begins.
        if (part.EndTime == TimeOnly.MinValue && lastDay > part.StartDate)
        {
            lastDay = lastDay.AddDays(-1);
        }
        return new(start, end, AllDay: false, part.StartDate, lastDay);
    }
}
