using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Search.Api;

/// <summary>Whose content a search sees: a site searches itself; the portal searches every running, listed tenant.</summary>
public static class SearchScope
{
    public static IEnumerable<Tenant> Tenants(Tenant current, string? tenantFilter, TenantRegistry registry) =>
        current.IsDefault
            ? registry.All.Where(t => t.State == TenantState.Running && t.ListedInPortalSearch && t.HasFeature(SearchModule.Feature)
                && (string.IsNullOrWhiteSpace(tenantFilter) || t.Name == tenantFilter))
            : [current];

    /// <summary>The public address of an item: its tenant's home, its culture's prefix (none for Finnish) and its slug.</summary>
    public static Func<string, string, string, string> UrlOf(TenantRegistry registry, HttpRequest request) => (tenantName, culture, slug) =>
        (registry.Find(tenantName) is { } tenant ? TenantLinks.Home(tenant, request) : "/") + CulturePath(culture, slug);

    /// <summary>An item's address below its site's home: its culture's prefix (none for Finnish) and its slug.</summary>
    public static string CulturePath(string culture, string slug) => (culture == PortalCultures.Default ? "" : culture + "/") + slug;
}
