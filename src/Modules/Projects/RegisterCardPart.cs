using System.ComponentModel.DataAnnotations;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Projects;

/// <summary>
/// A project's card in the national rural project register, field by field and in the register's own words:
/// values are kept as written, even Swedish values on a Finnish site or broken characters in a description.
/// </summary>
public sealed record RegisterCardPart : ContentPart, IValidatableObject
{
    private const int ShortText = 300;

    /// <summary>The register's stable key (Hankenumero); empty for a project the register does not list.</summary>
    [RegularExpression(@"^\d{1,12}$", ErrorMessage = "A project number is the register's number: digits only, such as 145432.")]
    public string? ProjectNumber { get; init; }

    [Required, MaxLength(TitlePart.MaxLength)]
    public required string Name { get; init; }

    [Required, MaxLength(ShortText)]
    public required string ImplementingOrganisation { get; init; }

    /// <summary>Missing on 2023–2027 cards, which show only the end date.</summary>
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    /// <summary>The status the card states (Päättynyt, Avslutat …); it can be stale, so the shown status comes from the dates.</summary>
    [MaxLength(100)]
    public string? StatedStatus { get; init; }

    [MaxLength(20_000)]
    public string? PublicDescription { get; init; }

    [MaxLength(ShortText)]
    public string? Programme { get; init; }

    public bool? IsLeader { get; init; }

    [MaxLength(ShortText)]
    public string? RuralAreaType { get; init; }

    [MaxLength(ShortText)]
    public string? Measure { get; init; }

    [MaxLength(ShortText)]
    public string? SubMeasure { get; init; }

    [MaxLength(ShortText)]
    public string? MeasureType { get; init; }

    [MaxLength(ShortText)]
    public string? MeasureSpecifier { get; init; }

    [MaxLength(ShortText)]
    public string? Scope { get; init; }

    [MaxLength(ShortText)]
    public string? SpecificObjective { get; init; }

    [MaxLength(ShortText)]
    public string? TargetObjective { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>
    /// The register UI the card was read from ("fi" or "sv"). Its classification values (measure, scope, status,
    /// keywords) are in that language, while names, the programme and the description stay as written.
    /// </summary>
    [RegularExpression("^(fi|sv)$", ErrorMessage = "The card's language is \"fi\" or \"sv\".")]
    public string? CardCulture { get; init; }

    /// <summary>The status on <paramref name="today"/>: a project runs to the end of its end date; without dates, none.</summary>
    public ProjectStatus? StatusOn(DateOnly today) =>
        StartDate is null && EndDate is null ? null
        : EndDate < today ? ProjectStatus.Ended
        : StartDate > today ? ProjectStatus.Upcoming
        : ProjectStatus.Ongoing;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndDate < StartDate)
        {
            yield return new ValidationResult("The end date is before the start date.", [nameof(EndDate)]);
        }
        if (Keywords.Any(k => string.IsNullOrWhiteSpace(k) || k.Length > 100))
        {
            yield return new ValidationResult("A keyword is a word or phrase of 1 to 100 characters.", [nameof(Keywords)]);
        }
    }
}

/// <summary>Derived from the dates, never stored: the card's own status can be out of date.</summary>
public enum ProjectStatus
{
    Upcoming,
    Ongoing,
    Ended,
}

public static class ProjectStatuses
{
    /// <summary>The status's name as a msgid, for <c>T[…]</c>.</summary>
    public static string NameMsgid(this ProjectStatus status) => status switch
    {
        ProjectStatus.Upcoming => "Upcoming",
        ProjectStatus.Ongoing => "Ongoing",
        _ => "Ended",
    };
}
