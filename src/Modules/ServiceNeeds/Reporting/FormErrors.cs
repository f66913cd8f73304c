using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Verkostoportaali.ServiceNeeds.Reporting;

/// <summary>Each field's first error, in form order, for the error summary and the fields' <c>aria-describedby</c>.</summary>
public sealed record FormErrors(IReadOnlyList<(string Field, string Message)> Errors)
{
    public static readonly FormErrors None = new([]);

    // A post with no "Input." field at all is bound without the prefix, so its errors carry the bare field names.
    public static FormErrors Of(ModelStateDictionary modelState, IEnumerable<string> fields) => new([.. fields
        .Select(f => (Field: f, State: modelState[$"Input.{f}"] is { Errors.Count: > 0 } state ? state : modelState[f]))
        .Where(f => f.State is { Errors.Count: > 0 })
        .Select(f => (f.Field, f.State!.Errors[0].ErrorMessage))]);

    public string? Of(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>For <c>aria-invalid</c>: "true" on a field with an error, else no attribute.</summary>
    public string? Invalid(string field) => Of(field) is null ? null : "true";

    /// <summary>For <c>aria-describedby</c>: the field's hint and its error message, by element id.</summary>
    public string? DescribedBy(string field, string? hintId = null) =>
        string.Join(' ', new[] { hintId, Of(field) is null ? null : $"Input_{field}-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
