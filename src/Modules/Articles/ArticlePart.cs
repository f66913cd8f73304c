using System.ComponentModel.DataAnnotations;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Articles;

/// <summary>
/// What a story has besides its title and body: the lead, a picture, who wrote it and the story's own date: the date a
/// page imported from elsewhere carries ("Sivu päivitetty 31.3.2020"), which is shown and dates the story instead of
/// the day it was published here.
/// </summary>
public sealed record ArticlePart(
    [property: MaxLength(600)] string? Lead = null,
    [property: Url, MaxLength(2000)] string? ImageUrl = null,
    [property: MaxLength(300)] string? ImageAlt = null,
    [property: MaxLength(200)] string? Author = null,
    DateOnly? Date = null) : ContentPart, IValidatableObject
{
    /// <summary>The story's date: its own, else the day it was published here; none for a draft without one.</summary>
    public static DateOnly? DateOf(ContentItem item) =>
        item.Get<ArticlePart>()?.Date ?? (item.PublishedUtc is { } published ? DateOnly.FromDateTime(published.ToLocalTime()) : null);

    // A picture that means something needs words for those who cannot see it (WCAG 1.1.1).
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ImageUrl is not null && string.IsNullOrWhiteSpace(ImageAlt)
            ? [new ValidationResult("Describe the picture for those who cannot see it.", [nameof(ImageAlt)])]
            : [];
}
