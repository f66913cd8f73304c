using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents.Pages.ContentAdmin;

/// <summary>The content list: the types the user may edit, filtered by type, text and status, a page at a time.</summary>
[RequirePermission("AccessAdmin")]
public sealed class IndexModel(ContentAccess access, ContentList list) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ContentStatus? Status { get; set; }

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];
    public IReadOnlyList<ContentRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public ListPage ListPage { get; private set; } = new(1, 1, null);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Types = await access.EditableTypesAsync(User, cancellationToken);
        var shown = Types.Where(t => Type is null or "" || t.Name == Type).ToList();
        var (all, own) = (new List<string>(), new List<string>());
        foreach (var type in shown)
        {
            (await access.EditsAllAsync(User, type.Name) ? all : own).Add(type.Name);
        }
        (Rows, Total, ListPage) = await list.FindAsync(
            new ContentFilter(all, own, User.Identity?.Name, Text, Status, ListPage.Read(Request.Query)), cancellationToken);
    }

    public string LabelOf(string contentType) =>
        Types.FirstOrDefault(t => t.Name == contentType)?.Label.For(HttpContext.Language()) ?? contentType;
}
