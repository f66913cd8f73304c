using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Contents.Pages.Content;

/// <summary>
/// An item's public page at <c>/{slug}</c>: only the published version, never a draft. Its variants (items of the same
/// localization set) are linked, and the language switcher leads to them at their own slugs. Where the item has no
/// version in the page's language, the page says so and shows the one it has, rather than mixing languages silently.
/// The site's addresses are read once for each version of its data, and the item through <see cref="PublishedVersions"/>.
/// </summary>
public sealed class ItemModel(ContentManager content, ItemSummary summary, PublishedVersions published,
    TenantContext tenant, TenantChanges changes, IMemoryCache cache) : PageModel
{
    public ContentItem Item { get; private set; } = null!;
    public bool InOtherLanguage => Item.Culture != HttpContext.Language();

    /// <summary>The item's own address and its variants', by culture, except the page's language.</summary>
    public IReadOnlyDictionary<string, string> OtherLanguages { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync()
    {
        // Read rather than bound: a handler parameter makes MVC bind, a twentieth of this page's time.
        var (slug, cancellationToken) = (RouteData.Values["slug"] as string ?? "", HttpContext.RequestAborted);
        var language = HttpContext.Language();
        var routes = await cache.GetOrMakeAsync(changes, tenant.Tenant.Name, typeof(ItemModel), () => RoutesAsync(cancellationToken));
        if (!routes.BySlug.TryGetValue(slug, out var versions))
        {
            return NotFound();
        }
        var route = versions.FirstOrDefault(v => v.Culture == language)
            ?? versions.OrderBy(v => v.Culture == PortalCultures.Default ? 0 : 1).First();
        if ((await published.InOrderAsync([route.RowId], cancellationToken)).FirstOrDefault() is not { } item)
        {
            return NotFound();
        }
        var variants = route.LocalizationSet is { } set ? routes.BySet[set].Where(v => v.ContentItemId != route.ContentItemId) : [];
        var urls = variants.Append(route).DistinctBy(v => v.Culture)
            .ToDictionary(v => v.Culture, v => HttpContext.PathIn(v.Culture, "/" + v.Slug));
        if (item.Culture != language && urls.TryGetValue(language, out var translated))
        {
            // An address in this language that names another language's slug: the item has a version here, so go there.
            return Redirect(translated);
        }
        Item = item;
        OtherLanguages = urls.Where(u => u.Key != language).ToDictionary();
        HttpContext.Features.Set(new LanguageAlternates(urls));
        HttpContext.Features.Set(await summary.OfAsync(item, Request, cancellationToken));
        return Page();
    }

    private async Task<SiteRoutes> RoutesAsync(CancellationToken cancellationToken)
    {
        var routes = await content.Query().Where(i => i.Slug != null).OrderBy(i => i.ContentItemId).ThenBy(i => i.Id)
            .Select(i => new Route(i.Id, i.ContentItemId, i.Slug!, i.Culture, i.LocalizationSet)).ToListAsync(cancellationToken);
        return new SiteRoutes(
            routes.GroupBy(r => r.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            routes.Where(r => r.LocalizationSet is not null).ToLookup(r => r.LocalizationSet!, StringComparer.Ordinal));
    }

    /// <summary>A published version's address.</summary>
    private sealed record Route(int RowId, string ContentItemId, string Slug, string Culture, string? LocalizationSet);

    /// <summary>The site's published versions by slug, and by localization set for their variants.</summary>
    private sealed record SiteRoutes(Dictionary<string, Route[]> BySlug, ILookup<string, Route> BySet);
}
