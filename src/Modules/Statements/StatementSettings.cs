using System.ComponentModel.DataAnnotations;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Statements;

/// <summary>
/// What a site's administrator fills in to the statements' templates; recipes set it as the settings section
/// "StatementSettings". The texts are Finnish, with Swedish and English beside them; empty text leaves the
/// template's own sentence. Error messages are msgids.
/// </summary>
public sealed record StatementSettings : StatementTexts
{
    /// <summary>When the accessibility statement was made or last reviewed; the site's creation date until then.</summary>
    public DateOnly? StatementDate { get; init; }

    /// <summary>Gets a copy of every accessibility feedback, besides the site's administrators.</summary>
    [EmailAddress(ErrorMessage = "Enter an e-mail address in the form name@example.fi.")]
    [MaxLength(254, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
    public string? FeedbackEmail { get; init; }

    public StatementTexts? Swedish { get; init; }
    public StatementTexts? English { get; init; }

    /// <summary>
    /// The site's text in the page's language; where that is empty the Finnish one, with its language for the element's
    /// <c>lang</c> attribute (WCAG 3.1.2); null when the site wrote none and the template's sentence stands.
    /// </summary>
    public SiteText? In(string language, Func<StatementTexts, string?> text) =>
        (language switch { "sv" => Swedish, "en" => English, _ => null }) is { } translated && text(translated) is { Length: > 0 } own
            ? new(own, language)
            : text(this) is { Length: > 0 } finnish ? new(finnish, PortalCultures.Default) : null;

    /// <summary>The settings as saved: blank texts emptied, so that the template's sentence comes back.</summary>
    public StatementSettings Normalized() => (StatementSettings)Trimmed() with
    {
        FeedbackEmail = Blank(FeedbackEmail),
        Swedish = Swedish?.Trimmed(),
        English = English?.Trimmed(),
    };
}

/// <summary>The texts a site writes into its statements, in one language.</summary>
public record StatementTexts
{
    public const int TextMaxLength = 4000;

    /// <summary>Whether the site meets the requirements fully, partly or not, in the site's own words.</summary>
    [MaxLength(TextMaxLength, ErrorMessage = "The text can be at most {1} characters long.")]
    public string? ComplianceStatus { get; init; }

    [MaxLength(TextMaxLength, ErrorMessage = "The text can be at most {1} characters long.")]
    public string? KnownShortcomings { get; init; }

    /// <summary>The controller's address and contact person for the privacy statement; the site's name and address until then.</summary>
    [MaxLength(TextMaxLength, ErrorMessage = "The text can be at most {1} characters long.")]
    public string? PrivacyController { get; init; }

    /// <summary>Anything the site adds to the privacy statement, e.g. other registers it keeps.</summary>
    [MaxLength(TextMaxLength, ErrorMessage = "The text can be at most {1} characters long.")]
    public string? PrivacyAdditions { get; init; }

    internal StatementTexts Trimmed() => this with
    {
        ComplianceStatus = Blank(ComplianceStatus),
        KnownShortcomings = Blank(KnownShortcomings),
        PrivacyController = Blank(PrivacyController),
        PrivacyAdditions = Blank(PrivacyAdditions),
    };

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A text the site wrote, and the language it is in.</summary>
public sealed record SiteText(string Text, string Language);
