using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Syndication.Sitemaps;

/// <summary>One address of a sitemap, with its language versions (itself included) and when it last changed.</summary>
public sealed record SitemapPage(string Url, IReadOnlyDictionary<string, string> Alternates, DateTime? LastModifiedUtc);

/// <summary>A public page no module's navigation links to (a statement in the footer), listed for sites that have its feature.</summary>
public sealed record SitemapPath(string Feature, string Path);

/// <summary>
/// Every public page of the request's site: its home, lists and statements in each language, and each published item
/// at its own address, linked to its language versions (the items of its localization set).
/// </summary>
public sealed class SitemapPages(TenantContext current, ModuleCatalog modules, ContentManager content, SiteUrls urls,
    IEnumerable<SitemapPath> extraPaths)
{
    // The sitemap protocol's limit for one file; a site this large would need a sitemap index of its own.
    public const int MaxUrls = 50_000;

    public async Task<IReadOnlyList<SitemapPage>> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var tenant = current.Tenant;
        var items = await content.Query().Where(i => i.Slug != null)
            .Select(i => new { i.ContentItemId, i.Culture, i.Slug, i.LocalizationSet, i.ModifiedUtc })
            .OrderBy(i => i.ContentItemId).Take(MaxUrls).ToListAsync(cancellationToken);
        var newest = items.Count > 0 ? items.Max(i => i.ModifiedUtc) : (DateTime?)null;
        var pages = FixedPaths(tenant).SelectMany(path => InEveryLanguage(tenant, request, path, path == "/" ? newest : null)).ToList();
        foreach (var set in items.GroupBy(i => i.LocalizationSet ?? i.ContentItemId))
        {
            var versions = set.DistinctBy(i => i.Culture).ToList();
            var alternates = versions.ToDictionary(v => v.Culture, v => urls.Url(tenant, request, v.Culture, "/" + v.Slug));
            pages.AddRange(versions.Select(v => new SitemapPage(alternates[v.Culture], alternates, v.ModifiedUtc)));
        }
        return pages.Take(MaxUrls).ToList();
    }

    private IEnumerable<string> FixedPaths(Tenant tenant)
    {
        yield return "/";
        foreach (var link in modules.NavigationFor(tenant))
        {
            yield return link.Path;
        }
        foreach (var extra in extraPaths.Where(p => tenant.HasFeature(p.Feature)))
        {
            yield return extra.Path;
        }
    }

    private IEnumerable<SitemapPage> InEveryLanguage(Tenant tenant, HttpRequest request, string path, DateTime? lastModified)
    {
        var alternates = PortalCultures.All.ToDictionary(l => l, l => urls.Url(tenant, request, l, path));
        return PortalCultures.All.Select(l => new SitemapPage(alternates[l], alternates, lastModified));
    }
}
