namespace Verkostoportaali.Core;

/// <summary>Today's date in Finland, which decides statuses and expiries whatever time zone the server runs in.</summary>
public sealed class FinnishCalendar(TimeProvider clock)
{
    public DateOnly Today => HelsinkiTime.Today(clock);
}
