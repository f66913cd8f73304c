using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Indexing;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Web.Theme;

namespace Verkostoportaali.Web.Pages.Portal;

/// <summary>A region of the portal home's list of sites, by its name in the page's language; sites without a region last.</summary>
public sealed record SiteRegion(string? Name, IReadOnlyList<Tenant> Sites);

/// <summary>The listed sites by region, and their logos by site name (a site without one has none here).</summary>
public sealed record ListedSites(IReadOnlyList<SiteRegion> Regions, IReadOnlyDictionary<string, ImageSources> Logos);

/// <summary>
/// What the portal home shows besides its own content, all from the search indexes: upcoming events (near the visitor
/// when a region is chosen), the latest projects and stories, and the listed sites by region.
/// </summary>
public sealed class PortalHome(IContentListing listing, TenantContext current, TenantRegistry registry, Vocabularies vocabularies,
    SiteLogos siteLogos, TimeProvider clock, IMemoryCache cache, TenantChanges changes)
{
    private const int Shown = 5;
    private static readonly TimeSpan KeptUnused = TimeSpan.FromMinutes(10);

    public FilterChoice Region { get; private set; } = null!;
    public IReadOnlyList<PortalItem> Events { get; private set; } = [];
    public IReadOnlyList<PortalItem> Projects { get; private set; } = [];
    public IReadOnlyList<PortalItem> Stories { get; private set; } = [];

    /// <summary>The version of everything the lists were made at: the page keeps its parts that all regions share under it.</summary>
    public long Version { get; private set; }

    /// <summary>What the events part changes with beside its site's version and language: every site's version, the region and the day.</summary>
    public string EventsKey { get; private set; } = "";

    public async Task LoadAsync(string? region, string culture, HttpRequest request, CancellationToken cancellationToken)
    {
        Region = await EventsModel.RegionChoiceAsync(vocabularies, region, culture, cancellationToken);
        // Every visit asks for the same three lists until anything anywhere changes (an item, a site's index, a site's
        // name): kept per chosen region, language and day, read before the lists so a change that commits meanwhile
        // makes them again. The region is one of the choices, and the address the links were made for (a Host header
        // may name any port) is checked, not keyed, so visitors cannot add entries at will.
        var version = changes.Everything;
        var today = HelsinkiTime.Today(clock);
        var key = (typeof(PortalHome), Region.Current, culture, today);
        if (!cache.TryGetValue(key, out KeptLists? lists) || lists!.Version != version || lists.Scheme != request.Scheme
            || lists.Host != request.Host.Value || lists.PathBase != request.PathBase.Value)
        {
            var sites = listing.SitesFor(current.Tenant);
            var urls = listing.RelativeUrls(request);
            IReadOnlyList<PortalItem> Latest(ListingRequest asked) =>
                PortalLists.Items(listing.List(asked with { Size = Shown }, sites, urls), listing, registry, culture);
            lists = new KeptLists(version, request.Scheme, request.Host.Value, request.PathBase.Value,
                Latest(new ListingRequest(culture, ["Event"], ListingOrder.Soonest, Region.Current, From: today)),
                Latest(new ListingRequest(culture, ["Project"])), Latest(new ListingRequest(culture, ["Article"])));
            cache.Set(key, lists, new MemoryCacheEntryOptions { SlidingExpiration = KeptUnused });
        }
        (Events, Projects, Stories, Version) = (lists.Events, lists.Projects, lists.Stories, lists.Version);
        EventsKey = string.Create(CultureInfo.InvariantCulture, $"{Version}|{Region.Current}|{today:yyyy-MM-dd}");
    }

    private sealed record KeptLists(long Version, string Scheme, string? Host, string? PathBase, IReadOnlyList<PortalItem> Events,
        IReadOnlyList<PortalItem> Projects, IReadOnlyList<PortalItem> Stories);

    /// <summary>Made only when the page's kept list of sites is out of date (see the view), so not on every request.</summary>
    public async Task<ListedSites> SitesAsync(string culture, HttpRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<Tenant> sites = [.. registry.All.Where(t => !t.IsDefault && t.State == TenantState.Running && t.ListedInPortalSearch)
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture)];
        var named = new List<SiteRegion>();
        foreach (var group in sites.GroupBy(t => t.Region))
        {
            named.Add(new SiteRegion(group.Key is { } id ? await vocabularies.NameAsync("regions", id, culture, cancellationToken) : null, [.. group]));
        }
        return new ListedSites([.. named.OrderBy(r => r.Name is null).ThenBy(r => r.Name, StringComparer.CurrentCulture)],
            await siteLogos.OfAsync(sites, request, culture, cancellationToken));
    }
}
