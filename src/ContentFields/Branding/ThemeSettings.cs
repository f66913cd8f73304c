using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.ContentFields.Branding;

/// <summary>
/// How a tenant looks: its logo, header image, accent colour, home page intro and footer, set at /admin/ulkoasu or by
/// recipes (the section "ThemeSettings", the class's name, so keep it). The theme (src/Web) reads it and the Media module
/// edits it, so it sits in this library both reference; its images are media ids that <see cref="Images.IMediaImages"/> resolves.
/// </summary>
public sealed record ThemeSettings
{
    public const int HomeIntroMaxLength = 2000;
    public const int FooterContactMaxLength = 500;
    public const int MaxSocialLinks = 8;

    /// <summary>A colour given as #rrggbb; it must keep 4.5:1 contrast with white, since header text is white on it.</summary>
    [RegularExpression("^#[0-9a-fA-F]{6}$")]
    public string AccentColor { get; init; } = "#1f5f3a";

    [Url]
    public string? LogoUrl { get; init; }

    /// <summary>An image of the site's media library; shown instead of <see cref="LogoUrl"/> where set.</summary>
    public int? LogoMediaId { get; init; }

    /// <summary>A wide image of the site's media library shown across the top of the site's pages.</summary>
    public int? HeaderMediaId { get; init; }

    public string? FooterContact { get; init; }

    /// <summary>Plain text above the front page's latest content, paragraphs separated by blank lines.</summary>
    public string? HomeIntro { get; init; }

    /// <summary>The site's pages on social media (https addresses), linked in the footer by their host names.</summary>
    public IReadOnlyList<string> SocialLinks { get; init; } = [];
}

/// <summary>WCAG 2.1 contrast (success criterion 1.4.3) of an accent colour against white text.</summary>
public static class AccentContrast
{
    public const string Fallback = "#1f5f3a";
    public const double MinimumRatio = 4.5;

    /// <summary>The accent when white text on it is readable (≥ 4.5:1), else the theme's default green.</summary>
    public static string Readable(string? accent) =>
        accent is { Length: 7 } && accent[0] == '#' && int.TryParse(accent.AsSpan(1), System.Globalization.NumberStyles.HexNumber, null, out var rgb)
        && RatioWithWhite(rgb) >= MinimumRatio ? accent : Fallback;

    public static double RatioWithWhite(int rgb) => 1.05 / (Luminance(rgb) + 0.05);

    private static double Luminance(int rgb) =>
        (0.2126 * Channel(rgb >> 16)) + (0.7152 * Channel(rgb >> 8)) + (0.0722 * Channel(rgb));

    private static double Channel(int value)
    {
        var c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
