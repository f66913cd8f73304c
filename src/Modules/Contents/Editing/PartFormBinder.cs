using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Editing;

/// <summary>
/// Reads a part back from the posted form (inputs named as <see cref="PartValues"/> names them). Each value is parsed to
/// its member's type, so that "31.2.2026" in a date is a message next to the field, not a 500; the typed values are then
/// put together by the same JSON (de)serializer the store uses, which builds records of any shape.
/// </summary>
public sealed class PartFormBinder(IStringLocalizer<PartFormBinder> T)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy"];
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "H.mm", "HH:mm:ss"];

    public (ContentPart? Part, IReadOnlyList<ContentError> Errors) Bind(Type partType, IFormCollection form)
    {
        var errors = new List<ContentError>();
        var binding = new Binding(partType.Name, form, errors, T);
        var json = binding.Record(partType, "");
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return ((ContentPart?)json.Deserialize(partType, ContentJson.Options), errors);
    }

    private sealed class Binding(string part, IFormCollection form, List<ContentError> errors, IStringLocalizer T)
    {
        public JsonObject Record(Type type, string prefix)
        {
            var json = new JsonObject();
            foreach (var field in EditorField.Of(type) ?? [])
            {
                if (Member(field, prefix + field.Name, field.Nullable) is { } value)
                {
                    json[field.Name] = value;
                }
            }
            return json;
        }

        public bool HasValues(string prefix) =>
            form.Keys.Any(k => k.StartsWith($"{part}.{prefix}", StringComparison.Ordinal) && form[k].Any(v => !string.IsNullOrWhiteSpace(v)));

        private JsonNode? Member(EditorField field, string path, bool nullable) => field.Shape switch
        {
            FieldShape.Record => HasValues(path + ".") ? Record(field.ValueType, path + ".") : null,
            FieldShape.Records => new JsonArray([.. Rows(path).Where(i => HasValues($"{path}[{i}]."))
                .Select(i => Record(field.ValueType.GetGenericArguments()[0], $"{path}[{i}].")).ToArray<JsonNode?>()]),
            FieldShape.Lines => Typed(string.Join('\n', form[$"{part}.{path}"].OfType<string>()).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList()),
            FieldShape.Map => Map(field, path),
            FieldShape.YesNo when !nullable => Typed(Text(path) == "true"),
            FieldShape.Text when Broken(field, Text(path)) is { } message => Refuse(path, message),
            _ when Text(path).Trim() is { Length: > 0 } text => Parse(field, path, text),
            // An empty non-nullable text is kept empty, so that [Required] says what is missing.
            FieldShape.Text when !nullable => JsonValue.Create(""),
            _ when !nullable => Refuse(path, T["Fill in this field."]),
            _ => null,
        };

        private JsonNode? Parse(EditorField field, string path, string text)
        {
            var invariant = CultureInfo.InvariantCulture;
            return field.Shape switch
            {
                FieldShape.Text => JsonValue.Create(Text(path).Replace("\r\n", "\n", StringComparison.Ordinal)),
                FieldShape.Number => decimal.TryParse(text.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, invariant, out var number)
                    ? Typed(Convert.ChangeType(number, field.ValueType, invariant))
                    : Refuse(path, T["Give a number, for example 12 or 12.5."]),
                FieldShape.Date => DateOnly.TryParseExact(text, DateFormats, invariant, DateTimeStyles.None, out var date)
                    ? Typed(date) : Refuse(path, T["Give a date as day.month.year, for example 24.6.2026."]),
                FieldShape.Time => TimeOnly.TryParseExact(text, TimeFormats, invariant, DateTimeStyles.None, out var time)
                    ? Typed(time) : Refuse(path, T["Give a time as hours:minutes, for example 18:30."]),
                FieldShape.DateTime => DateTime.TryParse(text, invariant, DateTimeStyles.None, out var moment)
                    ? Typed(moment) : Refuse(path, T["Give a date and a time, for example 24.6.2026 18:30."]),
                FieldShape.YesNo => Typed(text == "true"),
                _ => Enum.TryParse(field.ValueType, text, ignoreCase: false, out var choice) && Enum.IsDefined(field.ValueType, choice!)
                    ? Typed(choice!) : Refuse(path, T["Choose one of the options."]),
            };
        }

        private JsonObject Map(EditorField field, string path)
        {
            var one = field.ValueType.GetGenericArguments()[1] == typeof(string);
            var json = new JsonObject();
            foreach (var key in form.Keys.Where(k => k.StartsWith($"{part}.{path}[", StringComparison.Ordinal) && k.EndsWith(']')))
            {
                var values = form[key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
                var name = key[($"{part}.{path}[".Length)..^1];
                if (values.Count > 0)
                {
                    json[name] = one ? JsonValue.Create(values[0]) : Typed(values);
                }
            }
            return json;
        }

        /// <summary>
        /// The member's own DataAnnotations, checked here so that the message is a plain one in the user's language rather
        /// than the attribute's English text naming the C# member; the content manager checks them again on save.
        /// </summary>
        private string? Broken(EditorField field, string text)
        {
            var value = text.Length == 0 && field.Nullable ? null : text;
            return field.Rules.FirstOrDefault(rule => !rule.IsValid(value)) switch
            {
                null => null,
                RequiredAttribute => T["Fill in this field."].Value,
                MaxLengthAttribute max => T["Write at most {0} characters.", max.Length].Value,
                UrlAttribute => T["Give a web address that starts with https://."].Value,
                EmailAddressAttribute => T["Give an e-mail address, for example nimi@example.fi."].Value,
                PhoneAttribute => T["Give a phone number, for example 040 123 4567."].Value,
                var rule => T[rule.ErrorMessage ?? rule.FormatErrorMessage(field.Label)].Value,
            };
        }

        private IEnumerable<int> Rows(string path) =>
            form.Keys.Select(k => k.StartsWith($"{part}.{path}[", StringComparison.Ordinal)
                    && int.TryParse(k.AsSpan($"{part}.{path}[".Length, Math.Max(0, k.IndexOf(']', StringComparison.Ordinal) - $"{part}.{path}[".Length)), out var i) ? i : -1)
                .Where(i => i >= 0).Distinct().Order();

        // A content picker posts its search box and its chosen item under one name: the first one filled in counts.
        private string Text(string path) => form[$"{part}.{path}"].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "";

        private static JsonNode? Typed(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), ContentJson.Options);

        private JsonNode? Refuse(string path, string message)
        {
            errors.Add(new ContentError(part, path, message));
            return null;
        }
    }
}
