namespace Verkostoportaali.Contents.Editing;

/// <summary>How a member's value is typed in: the shapes the generic editor and the form binder know.</summary>
public enum FieldShape
{
    Text,
    Number,
    Date,
    Time,
    DateTime,
    YesNo,
    Choice,
    /// <summary>A list of strings, one a line.</summary>
    Lines,
    /// <summary>A nested record, e.g. a quality mark.</summary>
    Record,
    /// <summary>A list of records, repeated fieldsets.</summary>
    Records,
    /// <summary>A dictionary from a key to one string or a list of strings; only custom editors show it.</summary>
    Map,
}

internal static class FieldShapes
{
    private static readonly Type[] Numbers = [typeof(int), typeof(long), typeof(decimal), typeof(double)];

    /// <summary>The shape of a (non-nullable) type; null when the generic editor cannot handle it.</summary>
    public static FieldShape? Of(Type type) => type switch
    {
        _ when type == typeof(string) => FieldShape.Text,
        _ when Numbers.Contains(type) => FieldShape.Number,
        _ when type == typeof(DateOnly) => FieldShape.Date,
        _ when type == typeof(TimeOnly) => FieldShape.Time,
        _ when type == typeof(DateTime) => FieldShape.DateTime,
        _ when type == typeof(bool) => FieldShape.YesNo,
        { IsEnum: true } => FieldShape.Choice,
        _ when ListOf(type) == typeof(string) => FieldShape.Lines,
        _ when ListOf(type) is { IsClass: true } => FieldShape.Records,
        _ when IsMap(type) => FieldShape.Map,
        { IsClass: true } when type.GetMethod("<Clone>$") is not null => FieldShape.Record,
        _ => null,
    };

    public static Type? ListOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
        && (definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IList<>))
            ? type.GetGenericArguments()[0] : null;

    private static bool IsMap(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
        && type.GetGenericArguments() is [var key, var value] && key == typeof(string)
        && (value == typeof(string) || ListOf(value) == typeof(string));
}
