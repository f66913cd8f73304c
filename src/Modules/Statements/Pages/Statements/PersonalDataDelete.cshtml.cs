using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Statements.PersonalData;

namespace Verkostoportaali.Statements.Pages.Statements;

/// <summary>Erases what the site's forms keep about an address (GDPR article 17), after the admin confirms it.</summary>
[RequirePermission("ManageStatements")]
public sealed class PersonalDataDeleteModel(PersonalDataSearch search) : PageModel
{
    [BindProperty]
    [Required]
    [EmailAddress]
    [MaxLength(254)]
    public string? Email { get; set; }

    public int Count { get; private set; }

    public IActionResult OnGet() => Redirect($"{Request.PathBase}{PersonalDataSearch.AdminPath}");

    /// <summary>The confirm page, with how many records would go.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return OnGet();
        }
        Count = (await search.FindAsync(Email!, cancellationToken)).Count;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return OnGet();
        }
        var erased = await search.EraseAsync(Email!, cancellationToken);
        return Redirect($"{Request.PathBase}{PersonalDataSearch.AdminPath}?{PersonalDataModel.ErasedQuery}={erased}");
    }
}
