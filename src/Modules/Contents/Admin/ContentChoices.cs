using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Data;

namespace Verkostoportaali.Contents.Admin;

/// <summary>An item a content picker offers: its id, its title and its type's name in the editor's language.</summary>
public sealed record ContentChoice(string Id, string Title, string Type);

/// <summary>
/// The items of the given types a content picker offers for a title: in one language, and only those the user may see,
/// the published ones and the ones the user may edit. The tenant's own database holds no other tenant's items.
/// </summary>
public sealed class ContentChoices(ContentAccess access, ContentManager content, ContentDefinitionStore definitions, PortalDatabase database)
{
    public const int MaxChoices = 20;

    public async Task<IReadOnlyList<ContentChoice>> FindAsync(ClaimsPrincipal user, IReadOnlyList<string> types, string text,
        string culture, CancellationToken cancellationToken)
    {
        var (all, own) = (new List<string>(), new List<string>());
        foreach (var type in (await access.EditableTypesAsync(user, cancellationToken)).Where(t => types.Contains(t.Name)))
        {
            (await access.EditsAllAsync(user, type.Name) ? all : own).Add(type.Name);
        }
        var owner = user.Identity?.Name;
        var published = content.Query(version: VersionOptions.Published);
        var items = await content.Query(version: VersionOptions.Latest)
            .Where(i => types.Contains(i.ContentType) && i.Culture == culture)
            .WhereContains(database, i => i.DisplayText, text)
            .Where(i => all.Contains(i.ContentType) || (own.Contains(i.ContentType) && i.Owner == owner)
                || published.Any(p => p.ContentItemId == i.ContentItemId))
            .OrderBy(i => i.DisplayText).Take(MaxChoices).ToListAsync(cancellationToken);
        var labels = (await definitions.ListAsync(cancellationToken)).ToDictionary(t => t.Name, t => t.Label.For(culture));
        return [.. items.Select(i => new ContentChoice(i.ContentItemId, i.DisplayText, labels.GetValueOrDefault(i.ContentType) ?? i.ContentType))];
    }

    /// <summary>The titles of chosen items, by id, for a form to show what is picked; an id this site lacks is left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TitlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? new Dictionary<string, string>() : await content.Query(version: VersionOptions.Latest)
            .Where(i => ids.Contains(i.ContentItemId)).ToDictionaryAsync(i => i.ContentItemId, i => i.DisplayText, cancellationToken);
}
