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
        await settings.SaveAsync(Input with
        {
            FeedbackEmail = Blank(Input.FeedbackEmail),
            ComplianceStatus = Blank(Input.ComplianceStatus),
            KnownShortcomings = Blank(Input.KnownShortcomings),
            PrivacyController = Blank(Input.PrivacyController),
            PrivacyAdditions = Blank(Input.PrivacyAdditions),
        }, cancellationToken);
        return Redirect($"{Request.PathBase}{Request.Path}?{SavedQuery}=1");
    }

    // An emptied field gives the template's own sentence back.
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
