using Microsoft.Extensions.Localization;
using Verkostoportaali.Contents.RichText;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents;

/// <summary>Rich text, kept as HTML that has been sanitised on every save.</summary>
public sealed record BodyPart(
    [property: RichText(ErrorMessage = "The text has too many levels nested inside one another. Remove some levels of lists or quotes, or paste the text without formatting.")]
    string Html) : ContentPart;

/// <summary>Sanitises the body on every save; runs after PartValidationHandler (the kernel's), which refused text nested too deep.</summary>
internal sealed class BodyPartHandler(IStringLocalizer<BodyPart> T) : IContentHandler
{
    public Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (version.Get<BodyPart>() is { } body)
        {
            var html = RichTextSanitizer.Sanitize(body.Html) ?? throw new ContentValidationException(version,
                [new ContentError(nameof(BodyPart), nameof(BodyPart.Html),
                    T["The text could not be read: it is very long or its markup is broken. Paste it without formatting, or split it into several pages."])]);
            version.Apply(body with { Html = html });
        }
        return Task.CompletedTask;
    }
}
