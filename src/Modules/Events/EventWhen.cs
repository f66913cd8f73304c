using Verkostoportaali.Core;
using System.Globalization;

namespace Verkostoportaali.Events;

/// <summary>
/// How an event's time reads in Finnish, Swedish or English: "la 24.10.2020 klo 10–15" in lists, and written out,
/// "lauantai 24. lokakuuta 2020 klo 10–15", on its own page and in headings.
/// </summary>
public static class EventWhen
{
    public static string Short(EventPart part, CultureInfo culture) => Format(part, culture, written: false);

    public static string Written(EventPart part, CultureInfo culture) => Format(part, culture, written: true);

    /// <summary>A day written out: "lauantai 24. lokakuuta 2020".</summary>
    public static string Day(DateOnly day, CultureInfo culture) => day.ToString("D", culture);

    /// <summary>A month and year: "lokakuu 2020".</summary>
    public static string Month(DateOnly month, CultureInfo culture) => month.ToString("MMMM yyyy", culture);

    /// <summary>The start for a <c>&lt;time datetime&gt;</c> attribute: a date, or a local time with its offset.</summary>
    public static string MachineStart(EventView view) => view.Event.IsAllDay
        ? view.Event.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Iso(view.Span.StartUtc);

    /// <summary>A UTC instant as Finnish local time with its offset: "2020-10-24T10:00:00+03:00".</summary>
    public static string Iso(DateTime utc) => HelsinkiTime.ToLocal(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Format(EventPart part, CultureInfo culture, bool written)
    {
        var lastDay = part.EndDate ?? part.StartDate;
        string DayText(DateOnly d) => written ? Day(d, culture) : ShortDay(d, culture);
        return (part.StartTime, part.EndTime) switch
        {
            (null, _) when lastDay == part.StartDate => DayText(part.StartDate),
            (null, _) => $"{DayText(part.StartDate)} – {DayText(lastDay)}",
            ({ } start, null) => $"{DayText(part.StartDate)} {At(culture)}{Time(start, culture)}",
            ({ } start, { } end) when lastDay == part.StartDate =>
                $"{DayText(part.StartDate)} {At(culture)}{Time(start, culture)}–{Time(end, culture)}",
            ({ } start, { } end) =>
                $"{DayText(part.StartDate)} {At(culture)}{Time(start, culture)} – {DayText(lastDay)} {At(culture)}{Time(end, culture)}",
        };
    }

    private static string ShortDay(DateOnly day, CultureInfo culture) =>
        day.ToString(culture.TwoLetterISOLanguageName == "en" ? "ddd d MMM yyyy" : "ddd d.M.yyyy", culture);

    // Finnish and Swedish write "klo 10" / "kl. 10.30"; English "10:30".
    private static string At(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "fi" => "klo ",
        "sv" => "kl. ",
        _ => "",
    };

    private static string Time(TimeOnly time, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "en" => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => time.Minute == 0 ? time.Hour.ToString(CultureInfo.InvariantCulture) : time.ToString("H.mm", CultureInfo.InvariantCulture),
    };
}
