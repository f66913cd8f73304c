using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>What a content picker offers for the typed title: <c>?type=Network&amp;type=Project&amp;q=kylä</c>, as JSON.</summary>
[RequirePermission("AccessAdmin")]
public sealed class ChoicesModel(ContentChoices choices) : PageModel
{
    public const int MaxTextLength = 200;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "type")] string[] types, [FromQuery(Name = "q")] string? text,
        CancellationToken cancellationToken)
    {
        if (types.Length is 0 or > 10 || text?.Length > MaxTextLength)
        {
            return BadRequest();
        }
        return new JsonResult(await choices.FindAsync(User, types, text ?? "", HttpContext.Language(), cancellationToken));
    }
}
