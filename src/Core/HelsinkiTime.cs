namespace Verkostoportaali.Core;

/// <summary>Finnish local time, in which events are entered and shown.</summary>
public static class HelsinkiTime
{
    public const string ZoneId = "Europe/Helsinki";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    /// <summary>
    /// The UTC instant of a local date and time. A time in the hour the clocks skip in spring (03:00–04:00 on the
    /// last Sunday of March) is read as an hour later, as a clock would show it; a time in the hour repeated in
    /// autumn is read as the later, standard-time one.
    /// </summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static DateTimeOffset ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime).DateTime);
}
