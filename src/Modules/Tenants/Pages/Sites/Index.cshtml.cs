using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;

namespace Verkostoportaali.Tenants.Pages.Sites;

/// <summary>The portal's sites with their state and address; disabling and enabling happen here.</summary>
[PortalOnly]
[RequirePermission("ManageTenants")]
public sealed class IndexModel(TenantRegistry registry, TenantAdministration administration, IStringLocalizer<IndexModel> T) : PageModel
{
    /// <summary>What was just done, shown once after the redirect (post/redirect/get).</summary>
    [BindProperty(SupportsGet = true, Name = "muutos")]
    public SiteChange? Change { get; set; }

    [BindProperty(SupportsGet = true, Name = "sivusto")]
    public string? Site { get; set; }

    public IReadOnlyList<Tenant> Sites => registry.All;

    public string? Error { get; private set; }

    /// <summary>Where the administrator of the site just created logs in.</summary>
    public string? LoginUrl => Site is not null && registry.Find(Site) is { } tenant ? TenantLinks.Home(tenant, Request) + "login" : null;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostDisableAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(administration.DisableAsync, name, SiteChange.Disabled, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(administration.EnableAsync, name, SiteChange.Enabled, cancellationToken);

    private async Task<IActionResult> ChangeAsync(
        Func<string, CancellationToken, Task<TenantProblem?>> change, string name, SiteChange done, CancellationToken cancellationToken)
    {
        if (await change(name, cancellationToken) is { } problem)
        {
            (Change, Error) = (null, FormErrors.Translate(T, problem));
            return Page();
        }
        return RedirectToPage(new { muutos = done, sivusto = name });
    }
}

public enum SiteChange
{
    Created,
    Disabled,
    Enabled,
    Removed,
}
