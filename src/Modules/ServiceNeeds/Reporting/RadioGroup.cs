namespace Verkostoportaali.ServiceNeeds.Reporting;

/// <summary>A group of radio buttons in a fieldset whose legend is the question; the options are (value, label).</summary>
public sealed record RadioGroup(string Field, string Legend, FormErrors Errors, string? Selected, IReadOnlyList<(string Value, string Label)> Options);
