using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>The join form as posted; error messages are msgids, translated through the module's PO files.</summary>
public sealed class JoinRequestInput
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 50;
    public const int MessageMaxLength = 2000;
    private const string ConsentMissing = "Give your consent so that we can pass your request on.";

    [Required(ErrorMessage = "Enter your name.")]
    [MaxLength(NameMaxLength, ErrorMessage = "The name can be at most {1} characters long.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address in the form name@example.fi.")]
    [MaxLength(EmailMaxLength, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Enter a phone number using digits, for example 040 123 4567.")]
    [MaxLength(PhoneMaxLength, ErrorMessage = "The phone number can be at most {1} characters long.")]
    public string? Phone { get; set; }

    [MaxLength(MessageMaxLength, ErrorMessage = "The message can be at most {1} characters long.")]
    public string? Message { get; set; }

    // Required only so that its message, not the framework's English one, is what a non-nullable bool carries.
    [Required(ErrorMessage = ConsentMissing)]
    [Range(typeof(bool), "true", "true", ErrorMessage = ConsentMissing)]
    public bool Consent { get; set; }

    /// <summary>The honeypot: hidden from people and assistive technology, so only a bot fills it in.</summary>
    public string? Website { get; set; }

    public bool IsFromBot => !string.IsNullOrEmpty(Website);

    public JoinRequest ToRequest(string networkContentItemId, DateTime createdUtc) => new()
    {
        NetworkContentItemId = networkContentItemId,
        Name = Name!.Trim(),
        Email = Email!.Trim(),
        Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim(),
        Message = string.IsNullOrWhiteSpace(Message) ? null : Message.Trim(),
        ConsentGiven = Consent,
        CreatedUtc = createdUtc,
    };
}
