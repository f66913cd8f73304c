namespace Verkostoportaali.Events.Tests;

public sealed class EventSpanTests
{
    [Fact]
    public void All_day_event_runs_from_local_midnight_to_the_midnight_after_its_last_day()
    {
        var part = new EventPart(new DateOnly(2020, 10, 24));

        var span = part.Span();

        // Summer time ended at 04.00 on Sunday 25 October 2020, so both midnights are three hours ahead of UTC.
        Assert.True(span.AllDay);
        Assert.Equal(new DateTime(2020, 10, 23, 21, 0, 0, DateTimeKind.Utc), span.StartUtc);
        Assert.Equal(new DateTime(2020, 10, 24, 21, 0, 0, DateTimeKind.Utc), span.EndUtc);
        Assert.Equal((new DateOnly(2020, 10, 24), new DateOnly(2020, 10, 24)), (span.FirstDay, span.LastDay));
    }

    [Fact]
    public void Several_day_all_day_event_ends_after_its_last_day_across_the_change_to_winter_time()
    {
        var part = new EventPart(new DateOnly(2030, 10, 26), EndDate: new DateOnly(2030, 10, 27));

        var span = part.Span();

        Assert.Equal(new DateTime(2030, 10, 25, 21, 0, 0, DateTimeKind.Utc), span.StartUtc);
        Assert.Equal(new DateTime(2030, 10, 27, 22, 0, 0, DateTimeKind.Utc), span.EndUtc);
        Assert.Equal(new DateOnly(2030, 10, 27), span.LastDay);
    }

    [Fact]
    public void Timed_event_in_summer_is_stored_in_utc_three_hours_earlier()
    {
        var part = new EventPart(new DateOnly(2030, 6, 15), new TimeOnly(10, 0), new DateOnly(2030, 6, 15), new TimeOnly(15, 30));

        var span = part.Span();

        Assert.False(span.AllDay);
        Assert.Equal(new DateTime(2030, 6, 15, 7, 0, 0, DateTimeKind.Utc), span.StartUtc);
        Assert.Equal(new DateTime(2030, 6, 15, 12, 30, 0, DateTimeKind.Utc), span.EndUtc);
    }

    [Fact]
    public void Timed_event_without_an_end_ends_as_it_starts()
    {
        var part = new EventPart(new DateOnly(2031, 1, 15), new TimeOnly(18, 0));

        var span = part.Span();

        Assert.Equal(new DateTime(2031, 1, 15, 16, 0, 0, DateTimeKind.Utc), span.StartUtc);
        Assert.Equal(span.StartUtc, span.EndUtc);
    }

    [Fact]
    public void Event_that_ends_at_midnight_does_not_cover_the_next_day()
    {
        var part = new EventPart(new DateOnly(2030, 12, 31), new TimeOnly(20, 0), new DateOnly(2031, 1, 1), new TimeOnly(0, 0));

        var span = part.Span();

        Assert.Equal(new DateOnly(2030, 12, 31), span.LastDay);
        Assert.Equal(new DateTime(2030, 12, 31, 22, 0, 0, DateTimeKind.Utc), span.EndUtc);
    }
}
