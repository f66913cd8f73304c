using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Statements.PersonalData;

namespace Verkostoportaali.Statements.Pages.Statements;

/// <summary>The site's privacy statement: the template, the site's own data and the sections of the forms it has.</summary>
public sealed class PrivacyModel(SiteSettingsStore settings, PersonalDataSearch personalData) : PageModel
{
    public StatementSettings Statement { get; private set; } = new();

    public string SiteName => HttpContext.GetTenant().DisplayName;
    public string SiteAddress => TenantLinks.Absolute(Request, HttpContext.TenantBase() + "/");
    /// <summary>The sections of the forms enabled in the site, each its module's own partial.</summary>
    public IEnumerable<string> Sections => personalData.PrivacySections;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Statement = await settings.GetAsync<StatementSettings>(cancellationToken);
}
