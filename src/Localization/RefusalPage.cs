using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Verkostoportaali.Localization;

/// <summary>
/// The page for an answer given before any site can render one (a site disabled or being set up, an unknown host): its
/// message in the portal's look and the path's language. Written by hand, since neither a theme nor Razor runs for it.
/// </summary>
public static class RefusalPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(string language, string message, string frontPageLink)
    {
        var (text, link) = (Encoder.Encode(message), Encoder.Encode(frontPageLink));
        return $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{text}</title>
            <link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="main" class="wrap"><h1>{text}</h1><p><a href="/">{link}</a></p></main></body>
            </html>
            """;
    }
}
