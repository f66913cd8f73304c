using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>What the join form partial shows: the values, each field's first error, and whether a request was just sent.</summary>
public sealed record JoinForm(string NetworkSlug, JoinRequestInput Input, int RetentionMonths, bool Sent = false)
{
    /// <summary>
    /// Query parameter of the redirect after a request was sent (post/redirect/get). No #fragment: a page opened at a
    /// fragment ignores autofocus, and the thank-you takes the focus so that screen readers read it.
    /// </summary>
    public const string SentQuery = "liittymispyynto";
    public const string SentValue = "lahetetty";

    // Form order, so that the error summary lists problems in the order the fields come.
    private static readonly string[] Fields =
        [nameof(JoinRequestInput.Name), nameof(JoinRequestInput.Email), nameof(JoinRequestInput.Phone),
         nameof(JoinRequestInput.Message), nameof(JoinRequestInput.Consent)];

    public IReadOnlyList<(string Field, string Message)> Errors { get; init; } = [];

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>For <c>aria-invalid</c>: "true" on a field with an error, else no attribute.</summary>
    public string? Invalid(string field) => ErrorOf(field) is null ? null : "true";

    /// <summary>For <c>aria-describedby</c>: the field's hint and its error message, by element id (the ids the partials give them).</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        string?[] ids = [hintId, ErrorOf(field) is null ? null : $"Input_{field}-error"];
        return string.Join(' ', ids.OfType<string>()) is { Length: > 0 } joined ? joined : null;
    }

    public JoinForm WithErrors(ModelStateDictionary modelState) => this with
    {
        Errors = [.. Fields
            .Select(f => (Field: f, State: modelState[$"{nameof(Input)}.{f}"]))
            .Where(f => f.State is { Errors.Count: > 0 })
            .Select(f => (f.Field, f.State!.Errors[0].ErrorMessage))],
    };
}
