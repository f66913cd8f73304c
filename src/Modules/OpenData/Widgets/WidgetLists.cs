using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;
using Verkostoportaali.OpenData.Listing;

namespace Verkostoportaali.OpenData.Widgets;

/// <summary>A list to embed: its address segments (the page's Finnish one, the API's English one), types and the site's page of all.</summary>
public sealed record WidgetKind(string PageSlug, string ApiName, string Type, string AllPath, bool Upcoming)
{
    public static readonly WidgetKind Events = new("tapahtumat", "events", "Event", "/tapahtumat", Upcoming: true);
    public static readonly WidgetKind Projects = new("hankkeet", "projects", "Project", "/hankkeet", Upcoming: false);
    public static readonly IReadOnlyList<WidgetKind> All = [Events, Projects];

    public static WidgetKind? OfPage(string slug) => All.FirstOrDefault(k => k.PageSlug == slug);

    public static WidgetKind? OfApi(string name) => All.FirstOrDefault(k => k.ApiName == name);
}

/// <summary>One line of a widget: its link, when (an event's start, in the widget's language) and on the portal the site's name.</summary>
public sealed record WidgetItem(string Title, string Url, string? When, string? Site);

/// <summary>What a widget shows, with its texts in the request's language, for the frame page and the script alike.</summary>
public sealed record WidgetList(string Language, string Title, string AllText, string AllUrl, string EmptyText, string NewTabText,
    IReadOnlyList<WidgetItem> Items);

/// <summary>
/// The widgets' lists from the search indexes (one read, kept by the output cache, however many pages embed them):
/// upcoming events from today on, soonest first, or the latest projects; the site's own, every listed site's on the portal.
/// </summary>
public sealed class WidgetLists(ListedContent listed, TenantContext current, TenantRegistry registry, IStringLocalizer<OpenDataModule> T,
    TimeProvider clock)
{
    public const int DefaultSize = 5;
    public const int MaxSize = 20;

    public WidgetList List(WidgetKind kind, int size, HttpRequest request)
    {
        var language = request.HttpContext.Language();
        var from = kind.Upcoming ? HelsinkiTime.Today(clock) : (DateOnly?)null;
        var entries = listed.List(new ContentFilter(language, [kind.Type], From: from), Math.Clamp(size, 1, MaxSize), request);
        var items = entries.Select(e => new WidgetItem(e.Item.Title, e.Item.Url, When(e.Start),
            current.Tenant.IsDefault ? registry.Find(e.Item.Tenant)?.DisplayName : null)).ToList();
        var all = $"{request.Scheme}://{request.Host}{request.PathBase}{kind.AllPath}";
        return kind.Upcoming
            ? new(language, T["Upcoming events"], T["All events"], all, T["No upcoming events."], T["(opens in a new tab)"], items)
            : new(language, T["Latest projects"], T["All projects"], all, T["No projects yet."], T["(opens in a new tab)"], items);
    }

    // The index keeps an event's local start as 2030-06-15T18:00, or the day of a whole-day event.
    private static string? When(string? start) =>
        DateTime.TryParseExact(start, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("g", CultureInfo.CurrentCulture)
        : DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("d", CultureInfo.CurrentCulture) : null;
}
