using System.Collections;
using System.Globalization;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Contents.Editing;

/// <summary>A stored part as the form's values, by input name (<c>EventPart.StartDate</c>), in the forms inputs take.</summary>
public static class PartValues
{
    public static Dictionary<string, IReadOnlyList<string>> Of(ContentPart part)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Add(values, part.GetType().Name + ".", part);
        return values;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> values, string prefix, object record)
    {
        foreach (var property in record.GetType().GetProperties().Where(p => p.SetMethod is not null))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (property.GetValue(record) is not { } value || FieldShapes.Of(type) is not { } shape)
            {
                continue;
            }
            var name = prefix + property.Name;
            switch (shape)
            {
                case FieldShape.Record:
                    Add(values, name + ".", value);
                    break;
                case FieldShape.Records:
                    var rows = ((IEnumerable)value).Cast<object>().ToList();
                    for (var i = 0; i < rows.Count; i++)
                    {
                        Add(values, $"{name}[{i}].", rows[i]);
                    }
                    break;
                case FieldShape.Map:
                    foreach (DictionaryEntry entry in (IDictionary)value)
                    {
                        values[$"{name}[{entry.Key}]"] = entry.Value is string one ? [one] : [.. ((IEnumerable<string>)entry.Value!)];
                    }
                    break;
                default:
                    values[name] = [Text(shape, value)];
                    break;
            }
        }
    }

    private static string Text(FieldShape shape, object value) => shape switch
    {
        FieldShape.Lines => string.Join('\n', (IEnumerable<string>)value),
        FieldShape.Date => ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldShape.Time => ((TimeOnly)value).ToString("HH:mm", CultureInfo.InvariantCulture),
        FieldShape.DateTime => ((DateTime)value).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        FieldShape.YesNo => (bool)value ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
