using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Verkostoportaali.Tenants.Backups;

/// <summary>
/// A value between a database and a site archive. SQLite gives numbers and text (a date is text, a flag a number),
/// PostgreSQL typed values; the archive keeps each in a form both can read back, and a restore types it by the model's
/// column, so that an export of either database restores on the other.
/// </summary>
public static class ArchiveValues
{
    public static void Write(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case DBNull: json.WriteNullValue(); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case long number: json.WriteNumberValue(number); break;
            case int number: json.WriteNumberValue(number); break;
            case short number: json.WriteNumberValue(number); break;
            case double number: json.WriteNumberValue(number); break;
            case float number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            case string text: json.WriteStringValue(text); break;
            case DateTime time: json.WriteStringValue(time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset time: json.WriteStringValue(time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)); break;
            case DateOnly day: json.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case Guid id: json.WriteStringValue(id.ToString("D").ToUpperInvariant()); break;
            case byte[] bytes: json.WriteStartObject(); json.WriteBase64String("base64", bytes); json.WriteEndObject(); break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>A parameter holding <paramref name="value"/> as <paramref name="column"/>'s mapping stores it on this database.</summary>
    public static DbParameter Parameter(DbCommand command, string name, IColumn column, JsonElement value)
    {
        var mapping = column.PropertyMappings[0].TypeMapping;
        var stored = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        var typed = Read(value, Nullable.GetUnderlyingType(stored) ?? stored);
        var model = typed is null || mapping.Converter is null ? typed : mapping.Converter.ConvertFromProvider(typed);
        return mapping.CreateParameter(command, name, model, nullable: true);
    }

    private static object? Read(JsonElement value, Type type)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(bool) => value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => text is "1" or "True" or "true",
            },
            _ when type == typeof(DateTime) => DateTime.SpecifyKind(
                DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
            _ when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
            _ when type == typeof(DateOnly) => DateOnly.Parse(text[..Math.Min(10, text.Length)], CultureInfo.InvariantCulture),
            _ when type == typeof(Guid) => Guid.Parse(text),
            _ when type == typeof(byte[]) => value.GetProperty("base64").GetBytesFromBase64(),
            _ when type.IsPrimitive || type == typeof(decimal) => Convert.ChangeType(text, type, CultureInfo.InvariantCulture),
            _ => throw new SiteArchiveException($"A value of type {type.Name} cannot be restored."),
        };
    }
}
