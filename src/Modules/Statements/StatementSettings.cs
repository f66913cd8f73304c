using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.Statements;

/// <summary>
/// What a site's administrator fills in to the statements' templates; recipes set it as the settings section
/// "StatementSettings". Empty text leaves the template's own sentence; error messages are msgids.
/// </summary>
public sealed record StatementSettings
{
    public const int TextMaxLength = 4000;

    /// <summary>When the accessibility statement was made or last reviewed; the site's creation date until then.</summary>
    public DateOnly? StatementDate { get; init; }

    /// <summary>Gets a copy of every accessibility feedback, besides the site's administrators.</summary>
    [EmailAddress(ErrorMessage = "Enter an e-mail address in the form name@example.fi.")]
    [MaxLength(254, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
    public string? FeedbackEmail { get; init; }

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
}
