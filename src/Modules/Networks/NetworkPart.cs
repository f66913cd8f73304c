using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Verkostoportaali.Contents.Editing;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Networks;

/// <summary>What a free network is: where it works, why, since when, how many take part, and which events it holds.</summary>
public sealed record NetworkPart : ContentPart, IValidatableObject
{
    /// <summary>As the network states it ("Suomussalmi", "Kainuu (pl.Kajaani)", "laaja"); the terms part carries the same area as terms.</summary>
    [MaxLength(200)]
    public string? AreaOfOperation { get; init; }

    [MaxLength(2000)]
    public string? Purpose { get; init; }

    public DateOnly? Started { get; init; }

    [Range(0, int.MaxValue)]
    public int? MembersCount { get; init; }

    public NetworkStatus Status { get; init; } = NetworkStatus.Active;

    /// <summary>Content item ids of the network's events; an id whose item is gone or unpublished is simply not shown.</summary>
    [ContentPicker("Event")]
    public IReadOnlyList<string> LinkedEventIds { get; init; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LinkedEventIds.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("A linked event id is empty.", [nameof(LinkedEventIds)]);
        }
        if (LinkedEventIds.Distinct(StringComparer.Ordinal).Count() != LinkedEventIds.Count)
        {
            yield return new ValidationResult("An event is linked twice.", [nameof(LinkedEventIds)]);
        }
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<NetworkStatus>))]
public enum NetworkStatus
{
    Active,
    Ended,
}
