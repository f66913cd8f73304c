using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Media;

/// <summary>The site's media library as pages read it: its files, and the addresses they are served at.</summary>
public sealed class MediaLibrary(TenantDbOnDemand database, TenantContext tenant) : IMediaImages
{
    private TenantDbContext Db => database.Context;

    public async Task<IReadOnlyList<MediaFile>> FilesAsync(MediaKind? kind = null, CancellationToken cancellationToken = default) =>
        await Db.Set<MediaFile>().AsNoTracking().Where(f => kind == null || f.Kind == kind)
            .OrderByDescending(f => f.CreatedUtc).ThenByDescending(f => f.Id).ToListAsync(cancellationToken);

    public async Task<MediaFile?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        await Db.Set<MediaFile>().FindAsync([id], cancellationToken);

    /// <summary>The sources of the site's image with that id, for a page in the culture; null for none or a document.</summary>
    public async Task<ImageSources?> SourcesAsync(int? mediaId, HttpRequest request, string culture, CancellationToken cancellationToken = default) =>
        mediaId is { } id && HasLibrary && await FindAsync(id, cancellationToken) is { } file ? SourcesOf(file, tenant.Tenant, request, culture) : null;

    public async Task<bool> IsImageAsync(int mediaId, CancellationToken cancellationToken = default) =>
        HasLibrary && await Db.Set<MediaFile>().AnyAsync(f => f.Id == mediaId && f.Kind == MediaKind.Image, cancellationToken);

    public async Task<IReadOnlyList<ImageChoice>> ImagesAsync(HttpRequest request, string culture, CancellationToken cancellationToken = default) =>
        HasLibrary
            ? [.. (await FilesAsync(MediaKind.Image, cancellationToken))
                .Select(f => SourcesOf(f, tenant.Tenant, request, culture) is { } sources ? new ImageChoice(f.Id, f.FileName, sources) : null)
                .OfType<ImageChoice>()]
            : [];

    // The contract is resolved for every site; one without the feature has no media table to read.
    private bool HasLibrary => tenant.IsSet && tenant.Tenant.HasFeature(MediaModule.Feature);

    /// <summary>The address of one stored file of the tenant, on its own host or under its prefix.</summary>
    public static string UrlOf(Tenant tenant, HttpRequest request, string fileName) =>
        TenantLinks.Home(tenant, request) + MediaFileNames.UrlPrefix.TrimStart('/') + fileName;

    /// <summary>An image's sources for a page in the culture; null for a document.</summary>
    public static ImageSources? SourcesOf(MediaFile file, Tenant tenant, HttpRequest request, string culture)
    {
        if (file.Kind != MediaKind.Image || file.WidthList is not [.., var largest] widths)
        {
            return null;
        }
        string Srcset(string extension) => string.Join(", ", widths.Select(w =>
            string.Create(CultureInfo.InvariantCulture, $"{UrlOf(tenant, request, MediaFileNames.Variant(file.Hash, w, extension))} {w}w")));
        var (alt, altCulture) = file.AltIn(culture);
        return new ImageSources(
            UrlOf(tenant, request, MediaFileNames.Variant(file.Hash, largest, file.FallbackExtension)),
            Srcset("webp"),
            Srcset(file.FallbackExtension),
            MediaFileNames.ContentTypeOf("." + file.FallbackExtension),
            largest,
            (int)Math.Round((double)file.Height * largest / file.Width),
            alt,
            altCulture);
    }
}
