using System.ComponentModel.DataAnnotations;

namespace Verkostoportaali.ServiceNeeds;

/// <summary>A site's rules for service needs; recipes set them as the settings section "ServiceNeedSettings". Error messages are msgids.</summary>
public sealed record ServiceNeedSettings
{
    /// <summary>Personal data of a need is deleted this many months after the need was closed; the counts stay.</summary>
    [Range(1, 120, ErrorMessage = "Enter a number of months from {1} to {2}.")]
    public int RetentionMonths { get; init; } = 12;

    /// <summary>An offer no provider has answered in this many days goes back to the coordinator.</summary>
    [Range(1, 60, ErrorMessage = "Enter a number of days from {1} to {2}.")]
    public int AnswerDays { get; init; } = 5;

    /// <summary>Whether providers of the portal's other sites that serve the need's place are matched too.</summary>
    public bool MatchOtherSites { get; init; }
}
