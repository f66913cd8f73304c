using Verkostoportaali.Testing;
using Verkostoportaali.Core;
using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.Providers.Tests;

public sealed class QualityMarkTests
{
    private static readonly DateOnly Granted = new(2023, 5, 10);

    [Fact]
    public void Mark_without_an_expiry_date_is_valid_for_three_years_from_its_grant()
    {
        var mark = new QualityMark(QualityMarkKind.LuontoHoiva, Granted);

        Assert.Equal(new DateOnly(2026, 5, 10), mark.ValidThrough);
    }

    [Fact]
    public void Mark_is_still_valid_on_its_expiry_day()
    {
        var mark = new QualityMark(QualityMarkKind.LuontoHoiva, Granted);

        Assert.False(mark.IsExpiredOn(new DateOnly(2026, 5, 10)));
    }

    [Fact]
    public void Mark_granted_three_years_and_one_day_ago_has_expired()
    {
        var today = new DateOnly(2026, 11, 23);
        var mark = new QualityMark(QualityMarkKind.LuontoVoima, today.AddYears(-3).AddDays(-1));

        Assert.True(mark.IsExpiredOn(today));
    }

    [Fact]
    public void Explicit_expiry_date_replaces_the_three_years()
    {
        var mark = new QualityMark(QualityMarkKind.LuontoVoima, Granted, Expires: new DateOnly(2024, 12, 31));

        Assert.Equal(new DateOnly(2024, 12, 31), mark.ValidThrough);
        Assert.False(mark.IsExpiredOn(new DateOnly(2024, 12, 31)));
        Assert.True(mark.IsExpiredOn(new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Mark_granted_on_a_leap_day_is_valid_through_28_february_three_years_later()
    {
        var mark = new QualityMark(QualityMarkKind.LuontoHoiva, new DateOnly(2024, 2, 29));

        Assert.Equal(new DateOnly(2027, 2, 28), mark.ValidThrough);
    }

    [Fact]
    public void Mark_that_expires_before_it_was_granted_is_refused()
    {
        var part = new ProviderPart
        {
            Services = [new ProviderService("Metsäkävely", QualityMark: new QualityMark(QualityMarkKind.LuontoVoima, Granted, Granted.AddDays(-1)))],
        };

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(part, new ValidationContext(part), results, validateAllProperties: true);

        var result = Assert.Single(results);
        Assert.Equal(["Services[0].QualityMark.Expires"], result.MemberNames);
        Assert.Equal("A quality mark cannot expire before it was granted.", result.ErrorMessage);
    }

    [Fact]
    public void Service_without_a_name_is_refused()
    {
        var part = new ProviderPart { Services = [new ProviderService("Hoiva"), new ProviderService("")] };

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(part, new ValidationContext(part), results, validateAllProperties: true);

        Assert.Equal(["Services[1].Name"], Assert.Single(results).MemberNames);
    }

    [Fact]
    public void Mark_expires_at_midnight_helsinki_time_not_utc()
    {
        var clock = new FakeClock(DateTimeOffset.Parse("2026-05-10T20:59:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var calendar = new FinnishCalendar(clock);
        var mark = new QualityMark(QualityMarkKind.LuontoHoiva, new DateOnly(2023, 5, 10));

        var lastMinute = mark.IsExpiredOn(calendar.Today);
        clock.Now = clock.Now.AddMinutes(2);
        var nextDay = mark.IsExpiredOn(calendar.Today);

        Assert.False(lastMinute);
        Assert.True(nextDay);
    }
}
