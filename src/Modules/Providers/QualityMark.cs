using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Verkostoportaali.Providers;

/// <summary>
/// A Green Care Finland quality mark, granted to one service for three years. A mark is valid through its
/// expiry date and expired from the day after.
/// </summary>
public sealed record QualityMark(
    [property: EnumDataType(typeof(QualityMarkKind))] QualityMarkKind Kind,
    DateOnly Granted,
    DateOnly? Expires = null) : IValidatableObject
{
    public const int ValidYears = 3;

    /// <summary>The last day the mark is valid: the given expiry date, else three years from the grant.</summary>
    [JsonIgnore]
    public DateOnly ValidThrough => Expires ?? Granted.AddYears(ValidYears);

    public bool IsExpiredOn(DateOnly today) => ValidThrough < today;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Expires < Granted)
        {
            yield return new ValidationResult(
                LocalizedValidation.Message<QualityMark>(validationContext, "A quality mark cannot expire before it was granted."),
                [nameof(Expires)]);
        }
    }
}

/// <summary>LuontoHoiva: nature-based social and health services; LuontoVoima: other nature-based wellbeing, recreation and education.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QualityMarkKind>))]
public enum QualityMarkKind
{
    LuontoHoiva,
    LuontoVoima,
}
