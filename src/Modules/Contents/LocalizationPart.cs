using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents;

/// <summary>
/// Marks a content type translatable: a type that lists this part offers "create the Swedish / English version".
/// The item's culture and localization set are the fixed columns <see cref="ContentItem.Culture"/> and
/// <see cref="ContentItem.LocalizationSet"/>, which queries use; items hold no copy, so the two cannot disagree.
/// </summary>
public sealed record LocalizationPart : ContentPart
{
    public static bool IsTranslatable(ContentTypeDefinition type) => type.Parts.Contains(nameof(LocalizationPart));
}
