using System.Globalization;

namespace Verkostoportaali.Events.Tests;

public sealed class EventWhenTests
{
    private static readonly CultureInfo Finnish = new("fi-FI");
    private static readonly DateOnly WellbeingDay = new(2020, 10, 24);

    [Fact]
    public void Finnish_list_shows_weekday_date_and_hours()
    {
        var part = new EventPart(WellbeingDay, new TimeOnly(10, 0), WellbeingDay, new TimeOnly(15, 0));

        var text = EventWhen.Short(part, Finnish);

        Assert.Equal("la 24.10.2020 klo 10–15", text);
    }

    [Fact]
    public void Event_page_writes_the_date_out_in_words()
    {
        var part = new EventPart(WellbeingDay, new TimeOnly(10, 30), WellbeingDay, new TimeOnly(15, 0));

        var text = EventWhen.Written(part, Finnish);

        Assert.Equal("lauantai 24. lokakuuta 2020 klo 10.30–15", text);
    }

    [Fact]
    public void All_day_event_shows_only_its_day()
    {
        var part = new EventPart(WellbeingDay);

        var text = EventWhen.Short(part, Finnish);

        Assert.Equal("la 24.10.2020", text);
    }

    [Fact]
    public void Event_over_several_days_shows_both_ends()
    {
        var allDays = new EventPart(WellbeingDay, EndDate: WellbeingDay.AddDays(1));
        var timed = new EventPart(WellbeingDay, new TimeOnly(18, 0), WellbeingDay.AddDays(1), new TimeOnly(12, 0));

        var texts = (EventWhen.Short(allDays, Finnish), EventWhen.Short(timed, Finnish));

        Assert.Equal(("la 24.10.2020 – su 25.10.2020", "la 24.10.2020 klo 18 – su 25.10.2020 klo 12"), texts);
    }

    [Fact]
    public void Swedish_and_english_use_their_own_words_and_clocks()
    {
        var part = new EventPart(WellbeingDay, new TimeOnly(10, 0), WellbeingDay, new TimeOnly(15, 0));

        var texts = (EventWhen.Short(part, new CultureInfo("sv-FI")), EventWhen.Short(part, new CultureInfo("en-GB")));

        Assert.Equal(("lör 24.10.2020 kl. 10–15", "Sat 24 Oct 2020 10:00–15:00"), texts);
    }

    [Fact]
    public void Month_is_named_in_the_nominative()
    {
        var text = EventWhen.Month(new DateOnly(2031, 1, 1), Finnish);

        Assert.Equal("tammikuu 2031", text);
    }
}
