namespace Verkostoportaali.Core.Tenancy;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Root of all data: host database and <c>Sites/{tenant}/</c>; relative to the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Recipe that sets up the portal on first start with an empty data folder; empty for none.</summary>
    public string SetupRecipe { get; set; } = "demo";

    /// <summary>The portal's public address (<c>https://verkostoportaali.fi</c>), where links start; see <see cref="TenantLinks"/>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>More host names the portal answers to besides its sites' own and <see cref="BaseUrl"/>'s; <c>*</c> for any.</summary>
    public string[] AllowedHosts { get; set; } = [];

    public string? AdminUser { get; set; }
    public string? AdminPassword { get; set; }
}
