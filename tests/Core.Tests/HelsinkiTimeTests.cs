using Verkostoportaali.Testing;
namespace Verkostoportaali.Core.Tests;

public sealed class HelsinkiTimeTests
{
    [Theory]
    [InlineData("2030-06-15", "10:00", "2030-06-15T07:00:00Z")]
    [InlineData("2031-01-15", "10:00", "2031-01-15T08:00:00Z")]
    [InlineData("2030-03-31", "02:59", "2030-03-31T00:59:00Z")]
    [InlineData("2030-03-31", "04:00", "2030-03-31T01:00:00Z")]
    [InlineData("2030-10-27", "05:00", "2030-10-27T03:00:00Z")]
    public void Local_time_is_three_hours_ahead_of_utc_in_summer_and_two_in_winter(string date, string time, string utc)
    {
        var converted = HelsinkiTime.ToUtc(DateOnly.Parse(date), TimeOnly.Parse(time));

        Assert.Equal(DateTime.Parse(utc).ToUniversalTime(), converted);
        Assert.Equal(DateTimeKind.Utc, converted.Kind);
    }

    [Fact]
    public void Time_in_the_hour_skipped_in_spring_is_read_as_the_clock_shows_it_an_hour_later()
    {
        var converted = HelsinkiTime.ToUtc(new DateOnly(2030, 3, 31), new TimeOnly(3, 30));

        Assert.Equal(new DateTime(2030, 3, 31, 1, 30, 0, DateTimeKind.Utc), converted);
    }

    [Fact]
    public void Today_is_the_finnish_date_even_when_it_is_still_yesterday_in_utc()
    {
        var clock = new FakeClock(new DateTimeOffset(2030, 6, 14, 22, 30, 0, TimeSpan.Zero));

        var today = HelsinkiTime.Today(clock);

        Assert.Equal(new DateOnly(2030, 6, 15), today);
    }
}
