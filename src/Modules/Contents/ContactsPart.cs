using System.ComponentModel.DataAnnotations;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents;

/// <summary>Contact persons an organisation has published. They are personal data (GDPR): shown only as published, e-mail never as plain text.</summary>
public sealed record ContactsPart(IReadOnlyList<ContactPerson> People) : ContentPart, IValidatableObject
{
    /// <summary>The people without their e-mail addresses, which the pages keep from scrapers.</summary>
    public override ContentPart Published() => this with { People = [.. People.Select(p => p with { Email = null })] };

    // DataAnnotations does not look inside lists, so each person is checked here, named by position.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        People.SelectMany((person, index) =>
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(person, new ValidationContext(person, validationContext, items: null), results, validateAllProperties: true);
            return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => $"People[{index}].{m}")]));
        });
}

public sealed record ContactPerson(
    [property: Required, MaxLength(200)] string Name,
    [property: MaxLength(200)] string? Role = null,
    [property: MaxLength(200)] string? Organisation = null,
    [property: Phone, MaxLength(50)] string? Phone = null,
    [property: EmailAddress, MaxLength(254)] string? Email = null)
{
    /// <summary>The address split at "@", so that pages can hand it to the browser's script instead of to scrapers.</summary>
    public (string User, string Domain)? EmailParts =>
        Email?.Split('@', 2) is [var user, var domain] ? (user, domain) : null;

    /// <summary>The number for a <c>tel:</c> link: digits and a leading +.</summary>
    public string? PhoneLink => Phone is null ? null : new string([.. Phone.Where((c, i) => char.IsDigit(c) || (c == '+' && i == 0))]);
}
