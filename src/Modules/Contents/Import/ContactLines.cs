using System.Globalization;
using System.Text.RegularExpressions;

namespace Verkostoportaali.Contents.Import;

/// <summary>
/// Reads contact people written one fact a line, as the old websites' "Yhteystiedot" (seeds 000 and 004) and the
/// register's contacts section write them: a name, then role and organisation, then phone and e-mail, labelled
/// (<c>Puh. …</c>, <c>Email: …</c>) or not. A text line after a person's phone or e-mail starts the next person, so blank
/// lines between a name and its role do not matter. A page's own date (<c>Sivu päivitetty 31.3.2020</c>) is no person.
/// </summary>
public static partial class ContactLines
{
    [GeneratedRegex(@"^(?:puh(?:elin)?|tfn|tel(?:efon)?|phone)\.?:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLabel();

    [GeneratedRegex(@"^\+?[\d\s()/-]{6,}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^(?:e-?mail|sähköposti|e-post)\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EmailLabel();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"^(?:sivu päivitetty|päivitetty|sidan uppdaterad|uppdaterad|page updated|updated)\s*:?\s*(?<date>\d{1,2}\.\d{1,2}\.\d{4})\.?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex PageDateLine();

    /// <summary>The people in the lines, and the lines (by their index) that belong to no one: a phone or e-mail before any
    /// name, or a fourth text line of one person.</summary>
    public static (IReadOnlyList<ContactPerson> People, IReadOnlyList<int> NotRead) Read(IReadOnlyList<string> lines)
    {
        var (people, notRead) = (new List<ContactPerson>(), new List<int>());
        ContactPerson? person = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || PageDate(line) is not null)
            {
                continue;
            }
            var phone = PhoneLabel().Replace(line, "", 1);
            var email = EmailLabel().Replace(line, "", 1);
            var (isPhone, isEmail) = (PhoneNumber().IsMatch(phone), EmailAddress().IsMatch(email));
            if (isPhone && person is { Phone: null })
            {
                person = person with { Phone = phone };
            }
            else if (isEmail && person is { Email: null })
            {
                person = person with { Email = email };
            }
            else if (isPhone || isEmail)
            {
                notRead.Add(i);
            }
            else if (person is { Phone: null, Email: null })
            {
                // Before the phone and e-mail: the person's role, then the organisation.
                if (person.Role is null || person.Organisation is null)
                {
                    person = person.Role is null ? person with { Role = line } : person with { Organisation = line };
                }
                else
                {
                    notRead.Add(i);
                }
            }
            else
            {
                if (person is not null)
                {
                    people.Add(person);
                }
                person = new ContactPerson(line);
            }
        }
        if (person is not null)
        {
            people.Add(person);
        }
        return (people, notRead);
    }

    /// <summary>The date of a line such as <c>Sivu päivitetty 31.3.2020</c> or <c>Sidan uppdaterad 31.3.2020</c>.</summary>
    public static DateOnly? PageDate(string line) =>
        PageDateLine().Match(line.Trim()) is { Success: true } match
        && DateOnly.TryParseExact(match.Groups["date"].Value, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>People as one line each fact, for an import's list of changes; null for none.</summary>
    public static string? Shown(IReadOnlyList<ContactPerson> people) =>
        people.Count == 0 ? null
        : string.Join("; ", people.Select(p => string.Join(", ", new[] { p.Name, p.Role, p.Organisation, p.Phone, p.Email }.OfType<string>())));
}
