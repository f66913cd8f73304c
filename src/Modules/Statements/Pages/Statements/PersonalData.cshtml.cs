using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Messaging;
using Verkostoportaali.Statements.PersonalData;

namespace Verkostoportaali.Statements.Pages.Statements;

/// <summary>
/// Answers a person's request to see their data (GDPR article 15): what every form of the site keeps about an
/// address, on screen or as JSON. Posted, not in the query, so that the address stays out of logs and history.
/// </summary>
[RequirePermission("ManageStatements")]
public sealed class PersonalDataModel(PersonalDataSearch search) : PageModel
{
    public const string ErasedQuery = "poistettu";

    [BindProperty]
    [Required(ErrorMessage = "Enter the person's e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address in the form name@example.fi.")]
    [MaxLength(254, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
    public string? Email { get; set; }

    /// <summary>Null until a search was made.</summary>
    public IReadOnlyList<PersonalRecord>? Records { get; private set; }

    public int? Erased { get; private set; }

    public void OnGet() => Erased = int.TryParse(Request.Query[ErasedQuery], out var count) ? count : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            Records = await search.FindAsync(Email!, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDownloadAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var records = await search.FindAsync(Email!, cancellationToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(new
        {
            email = Email!.Trim(),
            records = records.Select(r => new { kind = r.Kind, created = r.Created, fields = r.Fields.ToDictionary(f => f.Key, f => f.Value) }),
        }, new JsonSerializerOptions { WriteIndented = true });
        return File(json, "application/json", "personal-data.json");
    }
}
