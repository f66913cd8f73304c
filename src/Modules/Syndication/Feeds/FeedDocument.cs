namespace Verkostoportaali.Syndication.Feeds;

/// <summary>A feed as both formats need it: the channel, then its entries, newest first. Every address is absolute.</summary>
public sealed record FeedDocument(
    string Title, string SiteName, string Description, string Language, string HomeUrl, string SelfUrl, DateTime UpdatedUtc, IReadOnlyList<FeedEntry> Entries);

/// <summary>One entry; <see cref="Id"/> stays the same for the item across edits, slugs and host names.</summary>
public sealed record FeedEntry(string Id, string Title, string Url, string Summary, string Category, DateTime PublishedUtc, DateTime UpdatedUtc);
