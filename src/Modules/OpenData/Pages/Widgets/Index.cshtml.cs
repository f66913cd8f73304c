using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostoportaali.OpenData.Widgets;

namespace Verkostoportaali.OpenData.Pages.Widgets;

/// <summary>One widget's code to copy, as a frame and as a script, with the addresses in the page's language.</summary>
public sealed record EmbedCode(WidgetKind Kind, string FrameUrl, string ApiUrl);

/// <summary><c>/upotus</c>: the code with which another site shows this site's (on the portal, every site's) lists.</summary>
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<EmbedCode> Codes { get; private set; } = [];
    public string ScriptUrl { get; private set; } = "";

    public void OnGet()
    {
        // Full addresses: the code is pasted into another site's pages.
        var site = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        ScriptUrl = $"{Request.Scheme}://{Request.Host}/_content/Verkostoportaali.OpenData/widget.js";
        Codes = [.. WidgetKind.All.Select(k => new EmbedCode(k, $"{site}{OpenDataModule.WidgetPath}/{k.PageSlug}", $"{site}/api/widgets/{k.ApiName}"))];
    }
}
