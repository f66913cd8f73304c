using Microsoft.EntityFrameworkCore;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Settings;

namespace Verkostoportaali.ContentFields.Images;

/// <summary>Where a media file shows: as the site's logo or header image, and in which items' image parts.</summary>
public sealed record MediaImageUse(bool InSiteLook, IReadOnlyList<ContentItem> Items)
{
    public bool Any => InSiteLook || Items.Count > 0;
}

/// <summary>Finds the uses of a media file, so that the library refuses to delete one a page still shows.</summary>
public sealed class MediaImageUses(ContentManager content, SiteSettingsStore settings)
{
    public async Task<MediaImageUse> OfAsync(int mediaId, CancellationToken cancellationToken = default)
    {
        var theme = await settings.GetAsync<ThemeSettings>(cancellationToken);
        // The stored JSON narrows the search ("mediaId":5 also matches 55); the typed parts decide.
        var pattern = $"%\"mediaId\":{mediaId}%";
        var candidates = new List<ContentItem>();
        foreach (var version in new[] { VersionOptions.Latest, VersionOptions.Published })
        {
            candidates.AddRange(await content.Query(version: version)
                .Where(i => EF.Functions.Like(EF.Property<string>(i, "Data"), pattern)).ToListAsync(cancellationToken));
        }
        var items = candidates
            .Where(i => ItemImage.Of(i)?.MediaId == mediaId)
            .DistinctBy(i => i.ContentItemId)
            .OrderBy(i => i.DisplayText, StringComparer.CurrentCulture)
            .ToList();
        return new MediaImageUse(theme.LogoMediaId == mediaId || theme.HeaderMediaId == mediaId, items);
    }
}
