namespace Verkostoportaali.Core.Content;

/// <summary>
/// What a part's editor view (<c>Views/Parts/{Part}.Edit.cshtml</c>) is given: the form's values by input name, as stored
/// or as the user typed them, and what is wrong with them. Inputs are named <c>{Part}.{Member}</c>, nested as
/// <c>People[0].Name</c> or <c>Terms[regions]</c>, the same paths <see cref="ContentError.Field"/> uses.
/// </summary>
public sealed class PartEditorContext(string contentType, string part, IReadOnlyDictionary<string, IReadOnlyList<string>> values,
    IReadOnlyList<ContentError> errors)
{
    public string ContentType => contentType;
    public string Part => part;

    public string Name(string field) => $"{part}.{field}";

    public string Id(string field) => IdOf(part, field);

    /// <summary>The id of a field's input, also for links from an error summary.</summary>
    public static string IdOf(string part, string field) =>
        (field.Length == 0 ? part : $"{part}.{field}").Replace('.', '_').Replace('[', '_').Replace(']', '_');

    public string? Value(string field) => Values(field) is [var first, ..] ? first : null;

    public IReadOnlyList<string> Values(string field) => values.GetValueOrDefault(Name(field)) ?? [];

    /// <summary>The input names under a prefix, e.g. the rows of a list: <c>People[</c>.</summary>
    public IEnumerable<string> NamesUnder(string prefix) =>
        values.Keys.Where(k => k.StartsWith(Name(prefix), StringComparison.Ordinal)).Select(k => k[(part.Length + 1)..]);

    public string? Error(string field) => errors.FirstOrDefault(e => e.Part == part && e.Field == field)?.Message;

    /// <summary>The ids for aria-describedby: the field's hint, if any, and its error when it has one.</summary>
    public string? DescribedBy(string field, string? hintId = null) =>
        string.Join(' ', new[] { hintId, Error(field) is null ? null : Id(field) + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    public string? Invalid(string field) => Error(field) is null ? null : "true";
}
