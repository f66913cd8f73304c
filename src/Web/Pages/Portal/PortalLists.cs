using System.Globalization;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Web.Pages.Portal;

/// <summary>A filter's select box: its query name, its label (a msgid), the chosen value and the choices (value, text).</summary>
public sealed record FilterChoice(string Name, string LabelMsgid, string? Current, IReadOnlyList<(string Value, string Text)> Options);

/// <summary>One item of a list across sites, as the index keeps it, with its site's name.</summary>
public sealed record PortalItem(string Title, string Url, string Site, string Type, string Summary, string? When, string? Place);

/// <summary>
/// What the portal's lists across sites share: each reads one page from the search indexes (never a site's database),
/// names sites and terms, and keeps only filter values it offers, so a hand-edited address lists everything instead.
/// </summary>
public static class PortalLists
{
    public const int PageSize = 20;
    private const int SummaryLength = 240;

    /// <summary>A page of the listing: <paramref name="asked"/> kept within the items a pager can reach.</summary>
    public static (ListedPage Items, ListPage Page) Read(IContentListing listing, ListingRequest request, IReadOnlyList<Tenant> sites,
        ListPage asked, HttpRequest http)
    {
        var urls = listing.RelativeUrls(http);
        var first = listing.List(request with { Offset = asked.Skip(PageSize), Size = PageSize }, sites, urls);
        var page = asked.Of(first.Pageable, PageSize);
        // Past the end: the last page, read again.
        return page.Number == asked.Number ? (first, page)
            : (listing.List(request with { Offset = page.Skip(PageSize), Size = PageSize }, sites, urls), page);
    }

    public static IReadOnlyList<PortalItem> Items(ListedPage page, IContentListing listing, TenantRegistry registry, string culture) =>
        [.. page.Items.Select(i => new PortalItem(i.Title, i.Url, registry.Find(i.Tenant)?.DisplayName ?? i.Tenant,
            listing.TypeLabel(i.ContentType, culture), Shortened(i.Summary), When(i.Values), i.Values.GetValueOrDefault(SearchFieldNames.Place)))];

    /// <summary>The value when it is one of the choices, else null (any).</summary>
    public static string? Chosen(string? value, IEnumerable<(string Value, string Text)> options) =>
        options.Any(o => o.Value == value) ? value : null;

    public static async Task<IReadOnlyList<(string Value, string Text)>> TermsAsync(Vocabularies vocabularies, string vocabulary, string culture,
        CancellationToken cancellationToken) =>
        [.. (await vocabularies.TermsAsync(vocabulary, cancellationToken)).Select(t => (t.Id, t.Name.For(culture)))];

    /// <summary>Keyword values in the indexes, named by the vocabulary where the portal has the term.</summary>
    public static async Task<IReadOnlyList<(string Value, string Text)>> NamedAsync(IEnumerable<string> values, Vocabularies vocabularies,
        string vocabulary, string culture, CancellationToken cancellationToken)
    {
        var named = new List<(string, string)>();
        foreach (var value in values)
        {
            named.Add((value, await vocabularies.NameAsync(vocabulary, value, culture, cancellationToken)));
        }
        return [.. named.OrderBy(n => n.Item2, StringComparer.CurrentCulture)];
    }

    public static IReadOnlyList<(string Value, string Text)> SiteChoices(IEnumerable<Tenant> sites) =>
        [.. sites.Where(t => !t.IsDefault).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).Select(t => (t.Name, t.DisplayName))];

    private static string Shortened(string text) => text.Length <= SummaryLength ? text : text[..SummaryLength].TrimEnd() + "…";

    // Stored as "2030-06-15T18:00" or "2030-06-15"; shown in the page's culture.
    private static string? When(IReadOnlyDictionary<string, string> values)
    {
        if (Local(values.GetValueOrDefault(SearchFieldNames.Start)) is not { } start)
        {
            return null;
        }
        var end = Local(values.GetValueOrDefault(SearchFieldNames.End));
        return end is null || end == start ? Text(start) : $"{Text(start)} – {Text(end.Value)}";
    }

    private static string Text(DateTime time) =>
        time.TimeOfDay == TimeSpan.Zero ? time.ToString("d", CultureInfo.CurrentCulture) : time.ToString("g", CultureInfo.CurrentCulture);

    private static DateTime? Local(string? value) =>
        DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time : null;
}
