using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Statements.Pages.Statements;

/// <summary>The site's privacy statement: the template, the site's own data and the sections of the forms it has.</summary>
public sealed class PrivacyModel(SiteSettingsStore settings) : PageModel
{
    /// <summary>The Networks module's feature; its join form keeps personal data, and its section of this page is its own partial.</summary>
    public const string NetworksFeature = "Networks";

    public StatementSettings Statement { get; private set; } = new();

    public string SiteName => HttpContext.GetTenant().DisplayName;
    public string SiteAddress => TenantLinks.Absolute(Request, HttpContext.TenantBase() + "/");
    public bool HasJoinRequests => HttpContext.GetTenant().HasFeature(NetworksFeature);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Statement = await settings.GetAsync<StatementSettings>(cancellationToken);
}
