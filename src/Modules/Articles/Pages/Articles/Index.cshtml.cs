using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Articles.Pages.Articles;

/// <summary>The tenant's stories and news, newest first.</summary>
public sealed class IndexModel(ContentManager content) : PageModel
{
    private const int PageSize = 20;

    public IReadOnlyList<ContentItem> Articles { get; private set; } = [];
    public ListPage ListPage { get; private set; } = new(1, 1, null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var articles = content.Query("Article");
        ListPage = ListPage.Read(Request.Query).Of(await articles.CountAsync(cancellationToken), PageSize);
        Articles = await articles.OrderByDescending(i => i.PublishedUtc)
            .Skip(ListPage.Skip(PageSize)).Take(PageSize).ToListAsync(cancellationToken);
    }
}
