using Verkostoportaali.Testing;
namespace Verkostoportaali.Core.Tests;

public sealed class FinnishCalendarTests
{
    [Theory]
    [InlineData("2026-12-31T22:30:00Z", "2027-01-01")]
    [InlineData("2026-12-31T21:30:00Z", "2026-12-31")]
    [InlineData("2026-06-30T21:30:00Z", "2026-07-01")]
    [InlineData("2026-06-30T20:30:00Z", "2026-06-30")]
    public void Today_is_the_date_in_helsinki_in_winter_and_summer_time(string utc, string expected)
    {
        var calendar = new FinnishCalendar(new FakeClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

        var today = calendar.Today;

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), today);
    }
}
