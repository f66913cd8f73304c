using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Articles.Pages.Articles;

/// <summary>The tenant's stories and news, newest first.</summary>
public sealed class IndexModel(ContentManager content, IStringLocalizer<IndexModel> T) : PageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<ContentItem> Articles { get; private set; } = [];
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "sivu")] int sivu = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid || sivu < 1)
        {
            return BadRequest(T["The page number must be 1 or more."].Value);
        }
        PageNumber = sivu;
        var page = await content.Query("Article").OrderByDescending(i => i.PublishedUtc)
            .Skip((sivu - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = page.Count > PageSize;
        Articles = [.. page.Take(PageSize)];
        return Page();
    }
}
