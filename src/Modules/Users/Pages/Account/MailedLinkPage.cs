using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Verkostoportaali.Users.Pages.Account;

/// <summary>
/// A page opened by a one-time link from a mail, with the account id and the token in its address; whether the link
/// held (<see cref="LinkBroken"/>) and whether its change was made (<see cref="Done"/>).
/// </summary>
public abstract class MailedLinkPage : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    public bool LinkBroken { get; protected set; }

    public bool Done { get; protected set; }

    // The token is in the address: it is not passed on to other sites in a Referer.
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) => Response.Headers["Referrer-Policy"] = "no-referrer";
}
