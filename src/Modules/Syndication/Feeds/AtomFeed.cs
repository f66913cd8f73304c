using System.Globalization;
using System.Xml.Linq;

namespace Verkostoportaali.Syndication.Feeds;

/// <summary>Atom 1.0 (RFC 4287): the feed's id is its own address, each entry's a tag URI, dates RFC 3339 in UTC.</summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static XDocument Write(FeedDocument feed) => new(new XDeclaration("1.0", "utf-8", null),
        new XElement(Atom + "feed", new XAttribute(XNamespace.Xml + "lang", feed.Language),
            new XElement(Atom + "id", feed.SelfUrl),
            new XElement(Atom + "title", feed.Title),
            new XElement(Atom + "subtitle", feed.Description),
            new XElement(Atom + "updated", Rfc3339(feed.UpdatedUtc)),
            // An entry without an author takes the feed's: the site that published it.
            new XElement(Atom + "author", new XElement(Atom + "name", feed.SiteName)),
            Link("self", feed.SelfUrl, "application/atom+xml"),
            Link("alternate", feed.HomeUrl, "text/html"),
            feed.Entries.Select(Entry)));

    private static XElement Entry(FeedEntry entry) => new(Atom + "entry",
        new XElement(Atom + "id", entry.Id),
        new XElement(Atom + "title", entry.Title),
        Link("alternate", entry.Url, "text/html"),
        new XElement(Atom + "published", Rfc3339(entry.PublishedUtc)),
        new XElement(Atom + "updated", Rfc3339(entry.UpdatedUtc)),
        new XElement(Atom + "category", new XAttribute("term", entry.Category)),
        new XElement(Atom + "summary", entry.Summary));

    private static XElement Link(string rel, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type));

    public static string Rfc3339(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
