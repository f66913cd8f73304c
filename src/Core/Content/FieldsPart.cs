using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Verkostoportaali.Core.Content;

/// <summary>
/// The values of the simple fields an admin added to the item's type (<see cref="ContentTypeDefinition.Fields"/>), by
/// field name, written invariantly: numbers with a point, dates as yyyy-MM-dd, yes/no as true/false, a term as its id.
/// </summary>
public sealed record FieldsPart(IReadOnlyDictionary<string, string> Values) : ContentPart
{
    public string? ValueOf(string field) => Values.GetValueOrDefault(field);
}

/// <summary>Checks each field value against the kind its type's definition gives it, before the version is saved.</summary>
internal sealed class FieldsPartHandler(ContentDefinitionStore definitions, IStringLocalizer<FieldsPartHandler> T) : IContentHandler
{
    public const int MaxTextLength = 1000;

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

    private string? Problem(ContentFieldDefinition? field, string value) => field?.Kind switch
    {
        null => T["The content type has no such field."].Value,
        ContentFieldKind.Text => value.Length > MaxTextLength ? T["Write at most {0} characters.", MaxTextLength].Value : null,
        ContentFieldKind.Number => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? null : T["Give a number, for example 12 or 12.5."].Value,
        ContentFieldKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null : T["Give a date as day.month.year, for example 24.6.2026."].Value,
        ContentFieldKind.Link => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? null : T["Give a web address that starts with https://."].Value,
        ContentFieldKind.YesNo => value is "true" or "false" ? null : T["Answer yes or no."].Value,
        _ => value.Length <= 100 ? null : T["Choose a term from the list."].Value,
    };
}
