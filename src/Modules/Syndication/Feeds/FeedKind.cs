namespace Verkostoportaali.Syndication.Feeds;

/// <summary>Which feed: stories, events or projects alone, or all three combined (<c>/feeds/{name}.rss</c>).</summary>
public sealed record FeedKind(string Name, string TitleMsgid, IReadOnlyList<string> ContentTypes)
{
    public static readonly FeedKind All = new("all", "Stories, events and projects", ["Article", "Event", "Project"]);
    public static readonly FeedKind Stories = new("stories", "Stories and news", ["Article"]);
    public static readonly FeedKind Events = new("events", "Events", ["Event"]);
    public static readonly FeedKind Projects = new("projects", "Projects", ["Project"]);

    public static readonly IReadOnlyList<FeedKind> Kinds = [All, Stories, Events, Projects];

    public static FeedKind? Find(string name) => Kinds.FirstOrDefault(k => k.Name == name);
}
