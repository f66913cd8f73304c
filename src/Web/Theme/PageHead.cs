using Microsoft.Extensions.Localization;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.Syndication;
using Verkostoportaali.Syndication.Feeds;

namespace Verkostoportaali.Web.Theme;

/// <summary>A feed the page's head links to, for browsers and feed readers to find.</summary>
public sealed record FeedLink(string Type, string Title, string Path);

/// <summary>
/// What a public page's head says about the page itself: the description, canonical address, and the Open Graph and
/// Twitter card values. A page describes itself with <see cref="PageMeta"/>; without one, the site's description
/// stands in. What is the same on every page of a site is in <see cref="SiteHead"/>.
/// </summary>
public sealed record PageHead(string Title, string Description, string Canonical, string Type, string? ImageUrl, string? ImageAlt)
{
    private const int DescriptionLength = 300;

    /// <summary>The page's head; a page without an image of its own is shared with the site's logo, when it has one.</summary>
    public static PageHead For(HttpContext http, string siteName, string? title, IStringLocalizerFactory localizers, ImageSources? siteLogo)
    {
        var meta = http.Features.Get<PageMeta>();
        var (image, imageAlt) = meta?.ImageUrl is { } url ? (url, meta.ImageAlt) : (siteLogo?.Src, siteLogo?.Alt);
        return new PageHead(title ?? siteName, Summaries.Shortened(meta?.Description ?? SiteDescription(http, siteName, localizers), DescriptionLength),
            TenantLinks.Absolute(http.Request, http.UrlIn(http.Language())), meta?.Type ?? "website",
            // Link previews fetch the image from elsewhere, so a path of the site becomes a full address.
            image is not null && image.StartsWith('/') ? TenantLinks.Absolute(http.Request, image) : image, imageAlt);
    }

    private static string SiteDescription(HttpContext http, string siteName, IStringLocalizerFactory localizers)
    {
        var T = localizers.Create(typeof(PageHead));
        var tenant = http.Features.Get<Tenant>();
        return tenant is null || tenant.IsDefault
            ? T["Projects, networks, service providers and events of Finland's Leader groups and regional actors."].Value
            : T["{0}: projects, networks, service providers and events.", siteName].Value;
    }
}

/// <summary>What every public page's head says about its site: its name, the page's locale and the others, and the site's feeds.</summary>
public sealed record SiteHead(string SiteName, string Locale, IReadOnlyList<string> AlternateLocales, IReadOnlyList<FeedLink> Feeds)
{
    public static SiteHead For(HttpContext http, string siteName, IStringLocalizerFactory localizers)
    {
        var language = http.Language();
        return new SiteHead(siteName, LocaleOf(language), [.. PortalCultures.All.Where(l => l != language).Select(LocaleOf)],
            FeedsOf(http.Features.Get<Tenant>(), siteName, localizers));
    }

    // Open Graph names a locale as language_TERRITORY: Finland's Finnish and Swedish, and British English as the pages format it.
    private static string LocaleOf(string language) => language switch
    {
        "sv" => "sv_FI",
        "en" => "en_GB",
        _ => "fi_FI",
    };

    private static IReadOnlyList<FeedLink> FeedsOf(Tenant? tenant, string siteName, IStringLocalizerFactory localizers)
    {
        if (tenant is null || !tenant.HasFeature(SyndicationModule.Feature))
        {
            return [];
        }
        var T = localizers.Create(typeof(SyndicationModule));
        var feeds = FeedKind.Kinds.Select(k => new FeedLink("application/rss+xml", $"{siteName}: {T[k.TitleMsgid]} (RSS)", $"/feeds/{k.Name}.rss"))
            .Append(new FeedLink("application/atom+xml", $"{siteName}: {T[FeedKind.All.TitleMsgid]} (Atom)", "/feeds/all.atom"))
            .Append(new FeedLink("text/calendar", $"{siteName}: {T[FeedKind.Events.TitleMsgid]} (iCalendar)", "/feeds/events.ics"));
        return [.. feeds];
    }
}
