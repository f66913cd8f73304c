using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.OpenData.Widgets;

namespace Verkostoportaali.OpenData.Pages.Widgets;

/// <summary>
/// <c>/upotus/tapahtumat</c> and <c>/upotus/hankkeet</c>: a widget's list as a page of its own for an iframe on another
/// site, in the site's accent colour; the security headers let any site frame it.
/// </summary>
public sealed class FrameModel(WidgetLists lists, SiteSettingsStore settings, IStringLocalizer<OpenDataModule> T) : PageModel
{
    public WidgetList List { get; private set; } = null!;
    public string SiteName => HttpContext.GetTenant() is { IsDefault: false } tenant ? tenant.DisplayName : T["Verkostoportaali"];
    public string Accent { get; private set; } = AccentContrast.Fallback;

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken cancellationToken, int size = WidgetLists.DefaultSize)
    {
        if (WidgetKind.OfPage(kind) is not { } widget)
        {
            return NotFound();
        }
        List = lists.List(widget, size, Request);
        Accent = AccentContrast.Readable((await settings.GetAsync<ThemeSettings>(cancellationToken)).AccentColor);
        return Page();
    }
}
