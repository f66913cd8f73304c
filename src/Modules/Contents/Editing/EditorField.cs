using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Verkostoportaali.Contents.Editing;

/// <summary>
/// One member of a part as the generic editor shows it: <see cref="Label"/> is a msgid made from the member's name
/// ("StartDate" → "Start date"), and the DataAnnotations give the HTML rules (required, maxlength, type).
/// </summary>
public sealed record EditorField(string Name, string Label, FieldShape Shape, Type ValueType, bool Nullable, bool Required,
    int? MaxLength, string InputType, IReadOnlyList<string> Options, IReadOnlyList<EditorField> Members,
    IReadOnlyList<ValidationAttribute> Rules)
{
    /// <summary>The content types a picker offers for this member (<see cref="ContentPickerAttribute"/>); none for a plain input.</summary>
    public IReadOnlyList<string> PickerTypes { get; init; } = [];

    /// <summary>The members of a record the generic editor can show; null when one of them needs a custom editor.</summary>
    public static IReadOnlyList<EditorField>? Of(Type record)
    {
        var fields = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(From).ToList();
        return fields.Any(f => f is null) ? null : fields.OfType<EditorField>().ToList();
    }

    private static EditorField? From(PropertyInfo property)
    {
        var type = System.Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var shape = FieldShapes.Of(type);
        if (shape is null)
        {
            return null;
        }
        var members = shape switch
        {
            FieldShape.Record => Of(type),
            FieldShape.Records => Of(type.GetGenericArguments()[0]),
            _ => [],
        };
        if (members is null)
        {
            return null;
        }
        var maxLength = property.GetCustomAttribute<MaxLengthAttribute>()?.Length;
        var nullable = type != property.PropertyType
            || new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;
        return new EditorField(property.Name, Humanize(property.Name), shape.Value, type, nullable,
            // A date or number the record cannot be without is required even without [Required].
            property.GetCustomAttribute<RequiredAttribute>() is not null || (!nullable && type.IsValueType && shape != FieldShape.YesNo),
            maxLength,
            InputTypeOf(property, shape.Value, maxLength), type.IsEnum ? Enum.GetNames(type) : [], members,
            [.. property.GetCustomAttributes<ValidationAttribute>()])
        {
            PickerTypes = property.GetCustomAttribute<ContentPickerAttribute>()?.Types ?? [],
        };
    }

    private static string InputTypeOf(PropertyInfo property, FieldShape shape, int? maxLength) => shape switch
    {
        FieldShape.Number => "number",
        FieldShape.Date => "date",
        FieldShape.Time => "time",
        FieldShape.DateTime => "datetime-local",
        // A web address may be long, but it is still one line: the kind decides before the length.
        FieldShape.Text when property.GetCustomAttribute<UrlAttribute>() is not null => "url",
        FieldShape.Text when property.GetCustomAttribute<EmailAddressAttribute>() is not null => "email",
        FieldShape.Text when property.GetCustomAttribute<PhoneAttribute>() is not null => "tel",
        FieldShape.Text when maxLength is null or > 600 => "textarea",
        _ => "text",
    };

    /// <summary>"RegistrationUrl" → "Registration url": the English msgid that the PO files translate.</summary>
    public static string Humanize(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
