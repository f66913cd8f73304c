using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Events;

/// <summary>
/// Completes events with their organisers (in one query per list) and municipality names. Views that show one item
/// ask again for it, so the views made for a list are kept for the rest of the request.
/// </summary>
public sealed class EventDetails(ContentManager content, Vocabularies vocabularies)
{
    public const string MunicipalityVocabulary = "municipalities";

    private readonly Dictionary<string, EventView> made = [];

    public async Task<IReadOnlyList<EventView>> ForAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default)
    {
        var organiserIds = items.Where(i => !made.ContainsKey(i.VersionId))
            .Select(i => i.Get<EventPart>()?.OrganiserId).OfType<string>().Distinct().ToList();
        var organisers = organiserIds.Count == 0 ? [] : await content.Query()
            .Where(i => organiserIds.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, cancellationToken);
        var views = new List<EventView>();
        foreach (var item in items)
        {
            if (await ViewAsync(item, organisers, cancellationToken) is { } view)
            {
                views.Add(view);
            }
        }
        return views;
    }

    public async Task<EventView?> ForAsync(ContentItem item, CancellationToken cancellationToken = default) =>
        (await ForAsync([item], cancellationToken)).SingleOrDefault();

    private async Task<EventView?> ViewAsync(ContentItem item, Dictionary<string, ContentItem> organisers, CancellationToken cancellationToken)
    {
        if (made.TryGetValue(item.VersionId, out var known))
        {
            return known;
        }
        if (item.Get<EventPart>() is not { } part)
        {
            return null;
        }
        var organiser = part.OrganiserId is { } id ? organisers.GetValueOrDefault(id) : null;
        var view = new EventView(item, part, part.Span(), await MunicipalityAsync(item, cancellationToken), organiser);
        made[item.VersionId] = view;
        return view;
    }

    private async Task<string?> MunicipalityAsync(ContentItem item, CancellationToken cancellationToken) =>
        item.Get<TermsPart>()?.Of(MunicipalityVocabulary).FirstOrDefault() is { } termId
            ? await vocabularies.NameAsync(MunicipalityVocabulary, termId, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, cancellationToken)
            : null;
}
