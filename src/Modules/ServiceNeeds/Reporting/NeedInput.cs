using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.ServiceNeeds.Reporting;

/// <summary>
/// The need form as posted; error messages are msgids, translated through the module's PO files. The rules that
/// depend on the site's vocabularies or on another field are checked by the form's page.
/// </summary>
public sealed class NeedInput
{
    public const int DescriptionMaxLength = 2000;
    public const int AddressMaxLength = 300;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 50;
    public const int FeedbackMaxLength = 1000;
    private const string ConsentMissing = "Give your consent so that we can pass the need on.";

    [Required(ErrorMessage = "Describe what is needed.")]
    [MaxLength(DescriptionMaxLength, ErrorMessage = "The description can be at most {1} characters long.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Choose the service field.")]
    public string? ServiceField { get; set; }

    [Required(ErrorMessage = "Choose the village or municipality.")]
    public string? Place { get; set; }

    [MaxLength(AddressMaxLength, ErrorMessage = "The address can be at most {1} characters long.")]
    public string? Address { get; set; }

    public DateOnly? NeededBy { get; set; }

    [Required(ErrorMessage = "Choose how urgent the need is.")]
    public Urgency? Urgency { get; set; }

    [Required(ErrorMessage = "Choose whether the need is one-off or recurring.")]
    public bool? Recurring { get; set; }

    [Required(ErrorMessage = "Choose whom the need is for.")]
    public bool? OnBehalf { get; set; }

    [MaxLength(NameMaxLength, ErrorMessage = "The name can be at most {1} characters long.")]
    public string? PersonName { get; set; }

    public bool PersonConsent { get; set; }

    [Required(ErrorMessage = "Enter your name.")]
    [MaxLength(NameMaxLength, ErrorMessage = "The name can be at most {1} characters long.")]
    public string? ContactName { get; set; }

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address in the form name@example.fi.")]
    [MaxLength(EmailMaxLength, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
    public string? Email { get; set; }

    [Phone(ErrorMessage = "Enter a phone number using digits, for example 040 123 4567.")]
    [MaxLength(PhoneMaxLength, ErrorMessage = "The phone number can be at most {1} characters long.")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Choose how you would like to be contacted.")]
    public ContactWay? PreferredContact { get; set; }

    public bool ShareContact { get; set; }

    public bool ShareAddress { get; set; }

    // Required only so that its message, not the framework's English one, is what a non-nullable bool carries.
    [Required(ErrorMessage = ConsentMissing)]
    [Range(typeof(bool), "true", "true", ErrorMessage = ConsentMissing)]
    public bool Consent { get; set; }

    /// <summary>The honeypot: hidden from people and assistive technology, so only a bot fills it in.</summary>
    public string? Website { get; set; }

    public bool IsFromBot => !string.IsNullOrEmpty(Website);

    /// <summary>The fields in form order, so that the error summary lists problems in the order the fields come.</summary>
    public static readonly string[] Fields =
    [
        nameof(Description), nameof(ServiceField), nameof(Place), nameof(Address), nameof(NeededBy), nameof(Urgency),
        nameof(Recurring), nameof(OnBehalf), nameof(PersonName), nameof(PersonConsent), nameof(ContactName), nameof(Email),
        nameof(Phone), nameof(PreferredContact), nameof(Consent),
    ];

    public ServiceNeed ToNeed(string tokenHash, string? municipality, string language, string siteAddress, DateTime createdUtc) => new()
    {
        StatusTokenHash = tokenHash,
        Description = Description!.Trim(),
        ServiceField = ServiceField!,
        Place = Place!,
        Municipality = municipality,
        Address = Trimmed(Address),
        NeededBy = NeededBy,
        Urgency = Urgency!.Value,
        Recurring = Recurring!.Value,
        OnBehalf = OnBehalf!.Value,
        PersonName = OnBehalf == true ? Trimmed(PersonName) : null,
        ContactName = ContactName!.Trim(),
        Email = Email!.Trim(),
        Phone = Trimmed(Phone),
        PreferredContact = PreferredContact!.Value,
        ShareContact = ShareContact,
        ShareAddress = ShareAddress,
        Language = language,
        SiteAddress = siteAddress,
        CreatedUtc = createdUtc,
    };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
