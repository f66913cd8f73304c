using System.ComponentModel.DataAnnotations;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Articles;

/// <summary>What a story has besides its title and body: the lead, a picture and who wrote it.</summary>
public sealed record ArticlePart(
    [property: MaxLength(600)] string? Lead = null,
    [property: Url, MaxLength(2000)] string? ImageUrl = null,
    [property: MaxLength(300)] string? ImageAlt = null,
    [property: MaxLength(200)] string? Author = null) : ContentPart, IValidatableObject
{
    // A picture that means something needs words for those who cannot see it (WCAG 1.1.1).
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ImageUrl is not null && string.IsNullOrWhiteSpace(ImageAlt)
            ? [new ValidationResult("Describe the picture for those who cannot see it.", [nameof(ImageAlt)])]
            : [];
}
