using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Recipes;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Tenants.Administration;

namespace Verkostoportaali.Tenants.Pages.Sites;

/// <summary>Creates a site from a recipe with its first administrator, who can log in as soon as the page answers.</summary>
[PortalOnly]
[RequirePermission("ManageTenants")]
public sealed class CreateModel(TenantAdministration administration, IStringLocalizer<CreateModel> T) : PageModel
{
    [BindProperty]
    public NewTenantInput Input { get; set; } = new();

    public FormErrors Errors { get; private set; } = FormErrors.None;
    public IReadOnlyList<Recipe> Recipes { get; private set; } = [];
    public IReadOnlyList<Term> Regions { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await administration.CreateAsync(Input, cancellationToken);
        if (created.Succeeded)
        {
            return RedirectToPage("/Sites/Index", new { muutos = SiteChange.Created, sivusto = created.Tenant!.Name });
        }
        Errors = FormErrors.Of(created.Problems, T);
        // The password is not sent back into the page; the administrator types it again.
        Input.AdminPassword = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Regions = await administration.Rules.RegionsAsync(cancellationToken);
        Recipes = await administration.Rules.RecipeChoicesAsync(cancellationToken);
    }
}
