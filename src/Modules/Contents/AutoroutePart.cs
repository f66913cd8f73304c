using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Contents;

/// <summary>The item's address under its tenant, <c>/{slug}</c>; made from the title when left empty.</summary>
public sealed record AutoroutePart(string? Slug = null) : ContentPart;

internal sealed class AutoroutePartHandler(TenantDbContext db, ReservedSegments reserved) : IContentHandler
{
    public async Task UpdatingAsync(ContentItem version, CancellationToken cancellationToken)
    {
        if (version.Get<AutoroutePart>() is not { } route)
        {
            return;
        }
        var wanted = Slugs.From(string.IsNullOrWhiteSpace(route.Slug) ? version.DisplayText : route.Slug);
        var slug = wanted;
        // A slug must not shadow the portal's own addresses (admin, api, search …): those are taken too.
        for (var n = 2; reserved.Contains(slug) || await TakenAsync(slug, version, cancellationToken); n++)
        {
            var suffix = $"-{n}";
            slug = wanted[..Math.Min(wanted.Length, Slugs.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
        }
        version.Slug = slug;
        version.Apply(route with { Slug = slug });
    }

    // Another item's current version holds the slug in the same culture.
    private Task<bool> TakenAsync(string slug, ContentItem version, CancellationToken cancellationToken) =>
        db.ContentItems.AnyAsync(i => i.Slug == slug && i.Culture == version.Culture
            && i.ContentItemId != version.ContentItemId && (i.Latest || i.Published), cancellationToken);
}
