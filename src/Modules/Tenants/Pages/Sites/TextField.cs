namespace Verkostoportaali.Tenants.Pages.Sites;

/// <summary>One labelled input of a site form, with its optional hint and its error (see <c>_TextField.cshtml</c>).</summary>
public sealed record TextField(
    string Field, string Label, string? Value, FormErrors Errors, string? Hint, string Type = "text", string? AutoComplete = null);
