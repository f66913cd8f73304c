namespace Verkostoportaali.Core.Tenancy;

/// <summary>A row of the tenant registry: one organisation's site and how requests reach it.</summary>
public sealed record Tenant
{
    public required string Name { get; init; }
    public string DisplayName { get; init; } = "";
    public TenantState State { get; init; } = TenantState.Uninitialized;
    /// <summary>First path segment that selects the tenant, without slashes; null for a host-only tenant.</summary>
    public string? UrlPrefix { get; init; }
    public IReadOnlyList<string> HostNames { get; init; } = [];
    public string? Recipe { get; init; }
    public string? Region { get; init; }
    public bool ListedInPortalSearch { get; init; } = true;
    public IReadOnlyList<string> Features { get; init; } = [];
    /// <summary>Set by the registry when the row is added, and kept: it tells this tenant from a removed one of the same name.</summary>
    public DateTime CreatedUtc { get; init; }

    public bool IsDefault => Name == TenantName.Default;

    public bool HasFeature(string moduleId) => Features.Contains(moduleId, StringComparer.Ordinal);
}

public enum TenantState
{
    Uninitialized,
    Initializing,
    Running,
    Disabled,
}
