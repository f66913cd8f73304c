using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.Statements.Accessibility;

/// <summary>The feedback form as posted; error messages are msgids, translated through the module's PO files.</summary>
public sealed class FeedbackInput
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int MessageMaxLength = 4000;

    [MaxLength(NameMaxLength, ErrorMessage = "The name can be at most {1} characters long.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address in the form name@example.fi.")]
    [MaxLength(EmailMaxLength, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Describe the accessibility problem you found.")]
    [MaxLength(MessageMaxLength, ErrorMessage = "The message can be at most {1} characters long.")]
    public string? Message { get; set; }

    /// <summary>The honeypot: hidden from people and assistive technology, so only a bot fills it in.</summary>
    public string? Website { get; set; }

    public bool IsFromBot => !string.IsNullOrEmpty(Website);

    /// <summary>The fields in form order, so that the error summary lists problems in the order the fields come.</summary>
    public static readonly string[] Fields = [nameof(Name), nameof(Email), nameof(Message)];

    public Feedback ToFeedback(string language, string siteAddress, DateTime receivedUtc) => new()
    {
        Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(),
        Email = Email!.Trim(),
        Message = Message!.Trim(),
        Language = language,
        SiteAddress = siteAddress,
        ReceivedUtc = receivedUtc,
    };
}
