using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Verkostoportaali.Contents.Editing;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Events;

/// <summary>
/// When and where an event is, in Finnish local time (Europe/Helsinki). Without a start time it is an all-day event
/// from <see cref="StartDate"/> to <see cref="EndDate"/> (inclusive); with one, it runs from the start to the end time.
/// The municipality is the event's "municipalities" term; the description is its BodyPart.
/// </summary>
public sealed record EventPart(
    DateOnly StartDate,
    TimeOnly? StartTime = null,
    DateOnly? EndDate = null,
    TimeOnly? EndTime = null,
    [property: MaxLength(200)] string? PlaceName = null,
    [property: MaxLength(300)] string? Address = null,
    [property: Url, MaxLength(2000)] string? OnlineUrl = null,
    [property: MaxLength(100), ContentPicker("Network", "Project")] string? OrganiserId = null,
    [property: Url, MaxLength(2000)] string? RegistrationUrl = null,
    DateOnly? RegistrationDeadline = null) : ContentPart, IValidatableObject
{
    // Far enough for any real event, and far from DateOnly's limits, where adding a day would overflow.
    public const int EarliestYear = 1900;
    public const int LatestYear = 2199;
    private static readonly DateOnly Earliest = new(EarliestYear, 1, 1);
    private static readonly DateOnly Latest = new(LatestYear, 12, 31);

    [JsonIgnore]
    public bool IsAllDay => StartTime is null;

    /// <summary>The event's span in UTC, and the local days it covers.</summary>
    public EventSpan Span() => EventSpan.Of(this);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        new[] { DateProblems(), TimeProblems(), DeadlineProblems() }.SelectMany(p => p);

    private IEnumerable<ValidationResult> DateProblems()
    {
        (DateOnly? Date, string Field)[] dates =
            [(StartDate, nameof(StartDate)), (EndDate, nameof(EndDate)), (RegistrationDeadline, nameof(RegistrationDeadline))];
        foreach (var (date, field) in dates)
        {
            if (date is { } d && (d < Earliest || d > Latest))
            {
                yield return new($"Give a date between {Earliest:d.M.yyyy} and {Latest:d.M.yyyy}.", [field]);
            }
        }
        if (EndDate < StartDate)
        {
            yield return new("The event cannot end before it starts.", [nameof(EndDate)]);
        }
    }

    private IEnumerable<ValidationResult> TimeProblems()
    {
        if (EndTime is null)
        {
            if (StartTime is not null && EndDate is not null)
            {
                yield return new("Give the end time too, or leave the end date empty.", [nameof(EndTime)]);
            }
            yield break;
        }
        if (EndDate is null)
        {
            yield return new("An end time needs an end date.", [nameof(EndTime)]);
        }
        else if (StartTime is null)
        {
            yield return new("An end time needs a start time: an event without a start time lasts whole days.", [nameof(EndTime)]);
        }
        else if (EndDate == StartDate && EndTime < StartTime)
        {
            yield return new("The event cannot end before it starts.", [nameof(EndTime)]);
        }
    }

    private IEnumerable<ValidationResult> DeadlineProblems()
    {
        if (RegistrationDeadline > (EndDate ?? StartDate))
        {
            yield return new("The registration deadline cannot be after the event.", [nameof(RegistrationDeadline)]);
        }
    }
}
