using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Settings;

namespace Verkostoportaali.Statements.Pages.Statements;

/// <summary>The site's own data in its accessibility and privacy statements, edited by its administrator.</summary>
[RequirePermission("ManageStatements")]
public sealed class SettingsModel(SiteSettingsStore settings) : PageModel
{
    public const string SavedQuery = "tallennettu";

    [BindProperty]
    public StatementSettings Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = await settings.GetAsync<StatementSettings>(cancellationToken);
        Saved = Request.Query.ContainsKey(SavedQuery);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await settings.SaveAsync(Input.Normalized(), cancellationToken);
        return Redirect($"{Request.PathBase}{Request.Path}?{SavedQuery}=1");
    }
}
