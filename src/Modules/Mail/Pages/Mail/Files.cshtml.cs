using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MimeKit;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Mail.Files;

namespace Verkostoportaali.Mail.Pages.Mail;

/// <summary>
/// The portal's .eml files, written for every site without an SMTP server, newest first; and one of them, read with
/// MimeKit: its headers, its text, and its HTML as source text, never as markup.
/// </summary>
[RequirePermission("ManageMail")]
public sealed class FilesModel(EmlFiles files) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<(EmlFile File, string? To, string? Subject)> Files { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "site")]
    public string? Site { get; set; }

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? Name { get; set; }

    /// <summary>True when one file is shown; <see cref="Mail"/> is then null if it could not be read as a mail.</summary>
    public bool Reading { get; private set; }
    public MimeMessage? Mail { get; private set; }

    // The files hold every site's mail: only the portal's own administrators may read them.
    private bool OnPortal => HttpContext.GetTenant().IsDefault;

    public IActionResult OnGet()
    {
        if (!OnPortal)
        {
            return NotFound();
        }
        var all = files.List();
        Total = all.Count;
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Files = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize).Select(Summary)];
        return Page();
    }

    public async Task<IActionResult> OnGetReadAsync(CancellationToken cancellationToken)
    {
        if (!OnPortal)
        {
            return NotFound();
        }
        Reading = true;
        try
        {
            Mail = await files.ReadAsync(Site, Name, cancellationToken);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            return Page();
        }
        return Mail is null ? NotFound() : Page();
    }

    private (EmlFile, string?, string?) Summary(EmlFile file) =>
        files.HeadersOf(file) is { } headers ? (file, headers["To"], headers["Subject"]) : (file, null, null);
}
