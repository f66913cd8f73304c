using System.Globalization;
using System.Xml.Linq;

namespace Verkostoportaali.Syndication.Feeds;

/// <summary>
/// RSS 2.0, written with LINQ to XML rather than System.ServiceModel.Syndication: the validator's rules (an atom:link to
/// itself, a guid that is not a link, RFC 822 dates with a numeric zone) are a few lines here and options there.
/// </summary>
public static class RssFeed
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static XDocument Write(FeedDocument feed) => new(new XDeclaration("1.0", "utf-8", null),
        new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "atom", Atom),
            new XElement("channel",
                new XElement("title", feed.Title),
                new XElement("link", feed.HomeUrl),
                new XElement("description", feed.Description),
                new XElement("language", feed.Language),
                new XElement("lastBuildDate", Rfc822(feed.UpdatedUtc)),
                new XElement(Atom + "link", new XAttribute("href", feed.SelfUrl), new XAttribute("rel", "self"),
                    new XAttribute("type", "application/rss+xml")),
                feed.Entries.Select(Item))));

    private static XElement Item(FeedEntry entry) => new("item",
        new XElement("title", entry.Title),
        new XElement("link", entry.Url),
        new XElement("description", entry.Summary),
        new XElement("category", entry.Category),
        new XElement("guid", new XAttribute("isPermaLink", "false"), entry.Id),
        new XElement("pubDate", Rfc822(entry.PublishedUtc)));

    /// <summary>RFC 822 as RSS 2.0 uses it (four-digit year): <c>Sat, 05 Dec 2026 04:30:00 +0000</c>.</summary>
    public static string Rfc822(DateTime utc) => utc.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
