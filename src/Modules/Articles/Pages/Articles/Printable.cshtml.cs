using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Articles.Pages.Articles;

/// <summary>
/// A story as one document to print or keep, such as the Green Care entrepreneur stories (seed 000): the whole story on
/// a page of its own, without the site's navigation, its styles inside the page, so that the file <c>?download=true</c>
/// saves reads the same offline. A PDF is the browser's "Save as PDF": no PDF library is served here that lays out HTML.
/// </summary>
public sealed class PrintableModel(ContentManager content) : PageModel
{
    public ContentItem Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] bool download, CancellationToken cancellationToken)
    {
        var article = await content.Query("Article").Where(i => i.Slug == slug)
            .OrderBy(i => i.Culture == HttpContext.Language() ? 0 : 1).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }
        Article = article;
        if (download)
        {
            Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = $"{slug}.html" }.ToString();
        }
        return Page();
    }
}
