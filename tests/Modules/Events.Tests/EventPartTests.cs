using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Events.Tests;

public sealed class EventPartTests
{
    private static readonly DateOnly Day = new(2030, 6, 15);

    [Fact]
    public void Event_that_ends_on_an_earlier_day_is_refused_with_a_message_on_its_end_date()
    {
        var part = new EventPart(Day, EndDate: Day.AddDays(-1));

        var errors = Errors(part);

        var error = Assert.Single(errors);
        Assert.Equal("The event cannot end before it starts.", error.ErrorMessage);
        Assert.Equal([nameof(EventPart.EndDate)], error.MemberNames);
    }

    [Fact]
    public void Event_that_ends_at_an_earlier_hour_of_the_same_day_is_refused()
    {
        var part = new EventPart(Day, new TimeOnly(15, 0), Day, new TimeOnly(10, 0));

        var error = Assert.Single(Errors(part));

        Assert.Equal("The event cannot end before it starts.", error.ErrorMessage);
        Assert.Equal([nameof(EventPart.EndTime)], error.MemberNames);
    }

    [Theory]
    [InlineData(null, null, "15:00", "An end time needs an end date.")]
    [InlineData("10:00", null, "15:00", "An end time needs an end date.")]
    [InlineData(null, 0, "15:00", "An end time needs a start time: an event without a start time lasts whole days.")]
    [InlineData("10:00", 1, null, "Give the end time too, or leave the end date empty.")]
    public void Time_without_its_date_or_its_other_end_is_refused(string? start, int? endDays, string? end, string message)
    {
        var part = new EventPart(Day, Time(start), endDays is { } days ? Day.AddDays(days) : null, Time(end));

        var error = Assert.Single(Errors(part));

        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Registration_deadline_after_the_event_is_refused()
    {
        var part = new EventPart(Day, RegistrationDeadline: Day.AddDays(1));

        var error = Assert.Single(Errors(part));

        Assert.Equal([nameof(EventPart.RegistrationDeadline)], error.MemberNames);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Date_far_outside_any_real_event_is_refused(string date)
    {
        var part = new EventPart(DateOnly.Parse(date));

        var error = Assert.Single(Errors(part));

        Assert.Equal("Give a date between 1.1.1900 and 31.12.2199.", error.ErrorMessage);
    }

    [Fact]
    public void Links_that_are_not_web_addresses_are_refused()
    {
        var part = new EventPart(Day, OnlineUrl: "javascript:alert(1)", RegistrationUrl: "ilmoittaudu tästä");

        var errors = Errors(part);

        Assert.Equal([nameof(EventPart.OnlineUrl), nameof(EventPart.RegistrationUrl)], errors.SelectMany(e => e.MemberNames).Order());
    }

    [Fact]
    public void Complete_event_over_two_days_with_times_and_registration_is_valid()
    {
        var part = new EventPart(Day, new TimeOnly(18, 0), Day.AddDays(1), new TimeOnly(15, 0), "Kylätalo", "Kylätie 1",
            "https://example.fi/striimi", RegistrationUrl: "https://example.fi/ilmoittaudu", RegistrationDeadline: Day.AddDays(-7));

        var errors = Errors(part);

        Assert.Empty(errors);
    }

    [Fact]
    public void Recipe_json_reads_dates_and_hours_and_minutes()
    {
        var part = JsonSerializer.Deserialize<EventPart>(
            """{ "startDate": "2020-10-24", "startTime": "10:00", "endDate": "2020-10-24", "endTime": "15:30" }""", ContentJson.Options)!;

        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(15, 30)), (part.StartTime, part.EndTime));
    }

    [Fact]
    public void Time_without_a_start_date_cannot_even_be_read()
    {
        var reading = () => JsonSerializer.Deserialize<EventPart>("""{ "startTime": "10:00" }""", ContentJson.Options);

        var refused = Assert.Throws<JsonException>(reading);

        Assert.Contains("startDate", refused.Message, StringComparison.Ordinal);
    }

    private static TimeOnly? Time(string? text) => text is null ? null : TimeOnly.Parse(text);

    private static List<ValidationResult> Errors(EventPart part)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(part, new ValidationContext(part), results, validateAllProperties: true);
        return results;
    }
}
