using System.ComponentModel.DataAnnotations;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Providers;

/// <summary>
/// What a provider is besides its name (TitlePart), description (BodyPart), service fields and service area (TermsPart)
/// and contact persons (ContactsPart): its business id, website and the services it offers.
/// </summary>
public sealed record ProviderPart : ContentPart, IValidatableObject
{
    [BusinessId]
    public string? BusinessId { get; init; }

    [Url, MaxLength(500)]
    public string? Website { get; init; }

    public IReadOnlyList<ProviderService> Services { get; init; } = [];

    // DataAnnotations does not look inside lists, so each service (and its mark) is checked here.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Services.SelectMany((service, i) => Check(service, validationContext, $"{nameof(Services)}[{i}]")
            .Concat(service.QualityMark is { } mark ? Check(mark, validationContext, $"{nameof(Services)}[{i}].{nameof(ProviderService.QualityMark)}") : []));

    private static IEnumerable<ValidationResult> Check(object value, ValidationContext parent, string path)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value, parent, items: null), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => $"{path}.{m}")]));
    }
}

/// <summary>A service the provider offers; it may hold a Green Care quality mark, which is granted per service.</summary>
public sealed record ProviderService(
    [property: Required, MaxLength(200)] string Name,
    [property: MaxLength(2000)] string? Description = null,
    QualityMark? QualityMark = null);
