namespace Verkostoportaali.Networks;

/// <summary>A tenant's rules for its networks; recipes set them as the settings section "NetworkSettings".</summary>
public sealed record NetworkSettings
{
    /// <summary>Join requests are personal data (GDPR): they are deleted this many months after they were sent.</summary>
    public int JoinRequestRetentionMonths { get; init; } = 12;
}
