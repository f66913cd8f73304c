using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MimeKit;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Mail.Sending;

namespace Verkostoportaali.Mail.Pages.Mail;

/// <summary>The site's own sender address and name; both may be left empty for the portal's address and the site's name.</summary>
[RequirePermission("ManageMail")]
public sealed class SenderModel(SiteSettingsStore settings, SiteSender site, IStringLocalizer<SenderModel> T) : PageModel
{
    [BindProperty]
    public SenderInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "saved")]
    public bool Saved { get; set; }

    public string? AddressError { get; private set; }
    public string? NameError { get; private set; }
    public MailboxAddress Current { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var own = await settings.GetAsync<MailSettings>(cancellationToken);
        Input = new SenderInput { FromAddress = own.FromAddress, FromName = own.FromName };
        Current = await site.AddressAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var address = Input.FromAddress?.Trim() is { Length: > 0 } a ? a : null;
        var name = Input.FromName?.Trim() is { Length: > 0 } n ? n : null;
        if (address is not null && !MailSettings.IsAddress(address))
        {
            AddressError = T["Enter a valid e-mail address, such as name@example.fi, or leave the field empty."];
        }
        if (name is not null && (name.Length > MailSettings.MaxNameLength || name.Any(char.IsControl)))
        {
            NameError = T["Write the name on one line of at most {0} characters.", MailSettings.MaxNameLength];
        }
        if (AddressError is not null || NameError is not null)
        {
            Saved = false;
            Current = await site.AddressAsync(cancellationToken);
            return Page();
        }
        await settings.SaveAsync(new MailSettings { FromAddress = address, FromName = name }, cancellationToken);
        return RedirectToPage(new { saved = true });
    }

    public sealed class SenderInput
    {
        public string? FromAddress { get; set; }
        public string? FromName { get; set; }
    }
}
