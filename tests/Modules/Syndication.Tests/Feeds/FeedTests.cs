using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Verkostoportaali.Events;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Syndication.Tests.Feeds;

/// <summary>The RSS 2.0 and Atom 1.0 feeds, checked by the rules the W3C feed validator applies.</summary>
[Collection(PortalCollection.Name)]
public sealed class FeedTests(PortalHost host)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Rss_feed_has_the_required_channel_and_item_elements_rfc_822_dates_and_a_self_link()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddStoryAsync(site, "Kyläkoulu avautui");
        await host.AddStoryAsync(site, "Uusi kylätalo");

        var rss = await client.XmlWhenAsync($"/{site.Name}/feeds/all.rss", t => t.Contains("Uusi kylätalo") && t.Contains("Kyläkoulu"));

        Assert.Equal("2.0", rss.Root!.Attribute("version")?.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.All(new[] { "title", "link", "description", "language", "lastBuildDate" }, name => Assert.NotEmpty(channel.Element(name)!.Value));
        Assert.Equal("fi", channel.Element("language")!.Value);
        AssertRfc822(channel.Element("lastBuildDate")!.Value);
        var self = channel.Element(Atom + "link")!;
        Assert.Equal("self", self.Attribute("rel")!.Value);
        Assert.Equal($"http://localhost/{site.Name}/feeds/all.rss", self.Attribute("href")!.Value);
        Assert.Equal("application/rss+xml", self.Attribute("type")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, item =>
        {
            Assert.NotEmpty(item.Element("title")!.Value);
            AssertAbsolute(item.Element("link")!.Value);
            AssertRfc822(item.Element("pubDate")!.Value);
            Assert.Equal("false", item.Element("guid")!.Attribute("isPermaLink")!.Value);
        });
        Assert.Equal(2, items.Select(i => i.Element("guid")!.Value).Distinct().Count());
        Assert.Equal("Uusi kylätalo: lyhyt johdanto.", items[0].Element("description")!.Value);
    }

    [Fact]
    public async Task Atom_feed_in_swedish_has_ids_titles_rfc_3339_dates_an_author_self_and_alternate_links_and_only_swedish_items()
    {
        var site = await TestSites.CreateAsync(host);
        await host.AddStoryAsync(site, "Berättelse", culture: "sv");
        await host.AddEventAsync(site, "Evenemang i byn", new EventPart(new DateOnly(2030, 5, 1)), culture: "sv");
        await host.AddStoryAsync(site, "Suomeksi kirjoitettu");
        await client.XmlWhenAsync($"/{site.Name}/feeds/all.atom", t => t.Contains("Suomeksi kirjoitettu"));

        var atom = await client.XmlWhenAsync($"/{site.Name}/sv/feeds/all.atom", t => t.Contains("Berättelse") && t.Contains("Evenemang i byn"));

        var feed = atom.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("sv", feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal($"http://localhost/{site.Name}/sv/feeds/all.atom", feed.Element(Atom + "id")!.Value);
        AssertRfc3339(feed.Element(Atom + "updated")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var links = feed.Elements(Atom + "link").ToDictionary(l => l.Attribute("rel")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal($"http://localhost/{site.Name}/sv/feeds/all.atom", links["self"]);
        Assert.Equal($"http://localhost/{site.Name}/sv/", links["alternate"]);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, entry =>
        {
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            AssertRfc3339(entry.Element(Atom + "updated")!.Value);
            AssertAbsolute(entry.Element(Atom + "link")!.Attribute("href")!.Value);
        });
        Assert.Equal(2, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.Contains(entries, e => e.Element(Atom + "category")!.Attribute("term")!.Value == "Evenemang");
        Assert.DoesNotContain("Suomeksi", atom.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_feed_lists_only_its_own_published_items_of_the_feeds_type()
    {
        var site = await TestSites.CreateAsync(host);
        var other = await TestSites.CreateAsync(host);
        var story = await host.AddStoryAsync(site, "Oma tarina");
        await host.AddStoryAsync(site, "Luonnostarina", publish: false);
        await host.AddEventAsync(site, "Oma tapahtuma", new EventPart(new DateOnly(2030, 6, 1)));
        await host.AddStoryAsync(other, "Toisen sivuston tarina");
        await client.XmlWhenAsync($"/{other.Name}/feeds/stories.rss", t => t.Contains("Toisen sivuston tarina"));

        var rss = await client.XmlWhenAsync($"/{site.Name}/feeds/stories.rss", t => t.Contains("Oma tarina"));

        var guids = rss.Descendants("guid").Select(g => g.Value).ToList();
        Assert.Equal([$"tag:verkostoportaali.fi,2026:{site.Name}/{story.ContentItemId}"], guids);
    }

    [Fact]
    public async Task Portal_feed_combines_listed_sites_and_leaves_out_unlisted_ones()
    {
        var listed = await TestSites.CreateAsync(host);
        var unlisted = await TestSites.CreateAsync(host, listed: false);
        await host.AddStoryAsync(listed, "Listatun sivuston uutinen " + listed.Name);
        await host.AddStoryAsync(unlisted, "Piilotetun sivuston uutinen " + unlisted.Name);
        await client.XmlWhenAsync($"/{unlisted.Name}/feeds/all.rss", t => t.Contains(unlisted.Name));

        var rss = await client.XmlWhenAsync("/feeds/all.atom", t => t.Contains(listed.Name));

        var text = rss.ToString();
        Assert.Contains($"http://localhost/{listed.Name}/listatun-sivuston-uutinen-{listed.Name}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(unlisted.Name, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/all.rss", "application/rss+xml")]
    [InlineData("/feeds/projects.atom", "application/atom+xml")]
    [InlineData("/feeds/events.ics", "text/calendar")]
    public async Task Feeds_answer_head_requests_with_their_media_type(string path, string mediaType)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Feed_is_kept_by_the_page_cache_answering_not_modified_until_a_new_item_is_indexed()
    {
        var site = await TestSites.CreateAsync(host);
        var url = $"/{site.Name}/feeds/all.rss";
        await host.AddStoryAsync(site, "Ensimmäinen");
        await client.XmlWhenAsync(url, t => t.Contains("Ensimmäinen"));
        var first = await client.GetAsync(url);

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var unchanged = await client.SendAsync(request);
        await host.AddStoryAsync(site, "Toinen");
        var changed = await client.XmlWhenAsync(url, t => t.Contains("Toinen"));

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(2, changed.Descendants("item").Count());
    }

    [Fact]
    public async Task Unknown_feed_is_not_found()
    {
        var response = await client.GetAsync("/feeds/everything.rss");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertRfc822(string value) =>
        Assert.True(DateTime.TryParseExact(value, "ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), value);

    private static void AssertRfc3339(string value) =>
        Assert.True(DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), value);

    private static void AssertAbsolute(string url) => Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "http", url);
}
