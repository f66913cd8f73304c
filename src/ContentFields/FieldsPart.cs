using System.Globalization;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.ContentFields;

/// <summary>
/// The values of the simple fields an admin added to the item's type (<see cref="ContentTypeDefinition.Fields"/>), by
/// field name, written invariantly: numbers with a point, dates as yyyy-MM-dd, yes/no as true/false, a term as its id.
/// </summary>
public sealed record FieldsPart(IReadOnlyDictionary<string, string> Values) : ContentPart
{
    /// <summary>
    /// The stored member that holds the values of removed fields an admin chose to keep, by field name. The record does not
    /// read it, so no page, editor, search or API sees them, and <see cref="ContentItem.Apply{TPart}"/> keeps them.
    /// </summary>
    public const string HiddenMember = "hidden";

    public string? ValueOf(string field) => Values.GetValueOrDefault(field);

    /// <summary>
    /// The values of the type's current fields that read as their field's kind, in the fields' order. Only these are shown,
    /// edited, searched or given out, so a value that a field of another kind left under the same name never is.
    /// </summary>
    public IReadOnlyList<FieldValue> Shown(IEnumerable<ContentFieldDefinition> fields) =>
        [.. fields.Select(f => Values.TryGetValue(f.Name, out var stored) ? FieldValue.Read(f, stored) : null).OfType<FieldValue>()];

    /// <summary>The part with only its <see cref="Shown"/> values.</summary>
    public FieldsPart ShownOnly(IEnumerable<ContentFieldDefinition> fields) =>
        new(Shown(fields).ToDictionary(v => v.Field.Name, v => v.Stored));
}

/// <summary>
/// A field's stored value read as the field's kind; <see cref="Value"/> is a string (text, term id), a decimal (number),
/// a <see cref="DateOnly"/> (date), an http(s) <see cref="Uri"/> (link) or a bool (yes/no).
/// </summary>
public sealed record FieldValue(ContentFieldDefinition Field, string Stored, object Value)
{
    public const int MaxTextLength = 1000;
    public const int MaxTermLength = 100;

    /// <summary>How a number is shown to readers: grouped in thousands as the culture writes them ("85 000"), decimals as given.</summary>
    public const string ShownNumber = "#,0.############";

    /// <summary>The one rule for what a value of each kind looks like as stored; null when the value does not read as its field's kind.</summary>
    public static FieldValue? Read(ContentFieldDefinition field, string stored) =>
        Parse(field.Kind, stored) is { } value ? new FieldValue(field, stored, value) : null;

    private static object? Parse(ContentFieldKind kind, string stored)
    {
        var invariant = CultureInfo.InvariantCulture;
        return kind switch
        {
            ContentFieldKind.Text => stored.Length <= MaxTextLength ? stored : null,
            ContentFieldKind.Number => decimal.TryParse(stored, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, invariant, out var number)
                ? number : null,
            ContentFieldKind.Date => DateOnly.TryParseExact(stored, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date) ? date : null,
            ContentFieldKind.Link => Uri.TryCreate(stored, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null,
            ContentFieldKind.YesNo => stored switch { "true" => true, "false" => false, _ => null },
            _ => stored.Length is > 0 and <= MaxTermLength ? stored : null,
        };
    }
}

/// <summary>Checks each field value against the kind its type's definition gives it, before the version is saved.</summary>
internal sealed class FieldsPartHandler(ContentDefinitionStore definitions, IStringLocalizer<FieldsPartHandler> T) : IContentHandler
{
    public async Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (version.Get<FieldsPart>() is not { } part)
        {
            return;
        }
        var fields = (await definitions.FindAsync(version.ContentType, cancellationToken))?.Fields ?? [];
        var errors = part.Values
            .Select(v => (Field: v.Key, Problem: Problem(fields.FirstOrDefault(f => f.Name == v.Key), v.Value)))
            .Where(p => p.Problem is not null)
            .Select(p => new ContentError(nameof(FieldsPart), $"{nameof(FieldsPart.Values)}[{p.Field}]", p.Problem!))
            .ToList();
        if (errors.Count > 0)
        {
            throw new ContentValidationException(version, errors);
        }
    }

    private string? Problem(ContentFieldDefinition? field, string value) => field switch
    {
        null => T["The content type has no such field."].Value,
        _ when FieldValue.Read(field, value) is not null => null,
        { Kind: ContentFieldKind.Text } => T["Write at most {0} characters.", FieldValue.MaxTextLength].Value,
        { Kind: ContentFieldKind.Number } => T["Give a number, for example 12 or 12.5."].Value,
        { Kind: ContentFieldKind.Date } => T["Give a date as day.month.year, for example 24.6.2026."].Value,
        { Kind: ContentFieldKind.Link } => T["Give a web address that starts with https://."].Value,
        { Kind: ContentFieldKind.YesNo } => T["Answer yes or no."].Value,
        _ => T["Choose a term from the list."].Value,
    };
}
