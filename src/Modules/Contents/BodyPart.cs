using Ganss.Xss;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents;

/// <summary>Rich text, kept as HTML that has been sanitised on every save.</summary>
public sealed record BodyPart(string Html) : ContentPart;

internal sealed class BodyPartHandler : IContentHandler
{
    // HtmlSanitizer's defaults allow formatting, links and images, and drop scripts, event handlers and javascript: URLs.
    private static readonly HtmlSanitizer Sanitizer = new();

    public Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (version.Get<BodyPart>() is { } body)
        {
            version.Apply(body with { Html = Sanitizer.Sanitize(body.Html) });
        }
        return Task.CompletedTask;
    }
}
