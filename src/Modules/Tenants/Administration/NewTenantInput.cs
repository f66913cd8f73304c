namespace Verkostoportaali.Tenants.Administration;

/// <summary>A new site as the portal administrator asks for it: bound by the admin form, filled by the ops command.</summary>
public sealed class NewTenantInput
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    /// <summary>The first path segment; empty for the name itself, unless the site has only a host name.</summary>
    public string? UrlPrefix { get; set; }
    public string? HostName { get; set; }
    /// <summary>A term of the regions vocabulary, by id or by its name in Finnish, Swedish or English; stored by id.</summary>
    public string? Region { get; set; }
    public string? Recipe { get; set; }
    public bool ListedInPortalSearch { get; set; } = true;
    public string? AdminUserName { get; set; }
    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
