using Microsoft.Extensions.Localization;
using Verkostoportaali.Tenants.Administration;

namespace Verkostoportaali.Tenants.Pages.Sites;

/// <summary>A form's problems, translated, with each field's first message and the ARIA attributes that point at it.</summary>
public sealed record FormErrors(IReadOnlyList<(string Field, string Message)> Errors)
{
    public static readonly FormErrors None = new([]);

    public static FormErrors Of(IEnumerable<TenantProblem> problems, IStringLocalizer T) =>
        new([.. problems.Select(p => (p.Field, Translate(T, p)))]);

    public static string Translate(IStringLocalizer T, TenantProblem problem) =>
        problem.Arguments.Length == 0 ? T[problem.Msgid] : T[problem.Msgid, problem.Arguments];

    /// <summary>Problems about the request as a whole, not one field.</summary>
    public IEnumerable<string> General => Errors.Where(e => e.Field.Length == 0).Select(e => e.Message);

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>For <c>aria-invalid</c>: "true" on a field with an error, else no attribute.</summary>
    public string? Invalid(string field) => ErrorOf(field) is null ? null : "true";

    /// <summary>For <c>aria-describedby</c>: the field's hint and its error, by the ids the page gives them.</summary>
    public string? DescribedBy(string field, bool hint = false)
    {
        string?[] ids = [hint ? $"{field}-hint" : null, ErrorOf(field) is null ? null : $"{field}-error"];
        return string.Join(' ', ids.OfType<string>()) is { Length: > 0 } joined ? joined : null;
    }
}
