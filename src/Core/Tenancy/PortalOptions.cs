namespace Verkostoportaali.Core.Tenancy;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Root of all data: host database and <c>Sites/{tenant}/</c>; relative to the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Recipe that sets up the portal on first start with an empty data folder; empty for none.</summary>
    public string SetupRecipe { get; set; } = "demo";

    public string? AdminUser { get; set; }
    public string? AdminPassword { get; set; }
}
