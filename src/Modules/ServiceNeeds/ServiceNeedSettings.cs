namespace Verkostoportaali.ServiceNeeds;

/// <summary>A site's rules for service needs; recipes set them as the settings section "ServiceNeedSettings".</summary>
public sealed record ServiceNeedSettings
{
    /// <summary>Personal data of a need is deleted this many months after the need was closed; the counts stay.</summary>
    public int RetentionMonths { get; init; } = 12;

    /// <summary>An offer no provider has answered in this many days goes back to the coordinator.</summary>
    public int AnswerDays { get; init; } = 5;
}
