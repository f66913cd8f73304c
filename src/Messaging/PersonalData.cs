namespace Verkostoportaali.Messaging;

/// <summary>One record a form kept about a person: what it is, when it was made, and its fields, in the current language.</summary>
public sealed record PersonalRecord(string Kind, DateTimeOffset Created, IReadOnlyList<KeyValuePair<string, string>> Fields);

/// <summary>
/// What a module's forms keep about a person, found by e-mail address, so that a site admin can answer a request to
/// see or erase it (GDPR articles 15 and 17). Each module with such a form provides one.
/// </summary>
public interface IPersonalData
{
    Task<IReadOnlyList<PersonalRecord>> FindAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Deletes the person's records in the tenant database's unit of work; returns how many.</summary>
    Task<int> DeleteAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>The partial view with the form's section of the site's privacy statement: purpose, legal basis, data, who sees it, retention.</summary>
    string PrivacySection { get; }
}
