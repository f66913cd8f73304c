using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Media.Storage;

namespace Verkostoportaali.Media.Uploads;

/// <summary>What an editor sends: the file's bytes and name, and the image's alt text in each language.</summary>
public sealed record MediaUploadInput(string FileName, byte[] Content, string? AltFi, string? AltSv, string? AltEn);

/// <summary>The library's file, or why the upload was refused, in words for the editor.</summary>
public sealed record MediaUploadResult(MediaFile? File, string? Error);

/// <summary>Checks an upload against the site's rules, resizes an image, and stores the files and their row.</summary>
public sealed class MediaUpload(TenantDbContext db, TenantContext tenant, IMediaStore store, SiteSettingsStore settings,
    TimeProvider clock, IStringLocalizer<MediaUpload> T)
{
    public async Task<MediaUploadResult> UploadAsync(MediaUploadInput input, string? userName, CancellationToken cancellationToken = default)
    {
        var limits = await settings.GetAsync<MediaSettings>(cancellationToken);
        var kind = UploadedContentSniffer.Sniff(input.Content);
        if (Problem(input, kind, limits) is { } problem)
        {
            return new(null, problem);
        }
        var hash = MediaFileNames.HashOf(input.Content);
        if (await db.Set<MediaFile>().FirstOrDefaultAsync(f => f.Hash == hash, cancellationToken) is { } existing)
        {
            return new(existing, null);
        }
        var image = kind.IsImage() ? ImageVariants.Resize(input.Content) : null;
        if (kind.IsImage() && image is null)
        {
            return new(null, T["The image could not be read: the file is damaged or not what its type says."]);
        }
        List<(string Name, byte[] Content)> stored = image is null
            ? [(MediaFileNames.Document(hash), input.Content)]
            : [.. image.Variants.Select(v => (MediaFileNames.Variant(hash, v.Width, v.Extension), v.Content))];
        var file = NewRow(input, hash, image, stored, userName);
        var used = await db.Set<MediaFile>().SumAsync(f => f.StoredBytes, cancellationToken);
        if (used + file.StoredBytes > limits.QuotaMegabytes * 1024L * 1024)
        {
            return new(null, T["The site's media library is full ({0} MB). Remove files or ask the portal administrator for more space.", limits.QuotaMegabytes]);
        }
        foreach (var (name, content) in stored)
        {
            await store.SaveAsync(tenant.Tenant.Name, name, content, cancellationToken);
        }
        db.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return new(file, null);
    }

    private string? Problem(MediaUploadInput input, UploadedContent kind, MediaSettings limits)
    {
        if (input.Content.Length == 0)
        {
            return T["Choose a file to upload."];
        }
        if (input.Content.Length > limits.MaxUploadMegabytes * 1024L * 1024)
        {
            return T["The file is too large: at most {0} MB.", limits.MaxUploadMegabytes];
        }
        if (kind == UploadedContent.Svg)
        {
            return T["SVG images are not accepted, as they can carry scripts. Save the image as PNG and upload that."];
        }
        if (kind == UploadedContent.Unknown)
        {
            return T["The file's content is not a JPEG, PNG or WebP image or a PDF document, whatever its name says."];
        }
        if (kind.IsImage() && string.IsNullOrWhiteSpace(input.AltFi))
        {
            return T["Describe the image in Finnish (alt text) for those who cannot see it."];
        }
        if (new[] { input.AltFi, input.AltSv, input.AltEn }.Any(a => a?.Length > MediaFile.AltTextMaxLength))
        {
            return T["Write an alt text of at most {0} characters.", MediaFile.AltTextMaxLength];
        }
        return kind.IsImage() && ImageVariants.SizeOf(input.Content) is { } size && (long)size.Width * size.Height > ImageVariants.MaxPixels
            ? T["The image is too large: {0} × {1} pixels. Make it smaller than {2} megapixels and upload it again.",
                size.Width, size.Height, ImageVariants.MaxPixels / 1_000_000].Value
            : null;
    }

    private MediaFile NewRow(MediaUploadInput input, string hash, ResizedImage? resized, List<(string Name, byte[] Content)> stored, string? userName) => new()
    {
        Hash = hash,
        FileName = Path.GetFileName(input.FileName) is { Length: > 0 and <= 255 } name ? name : hash,
        Kind = resized is null ? MediaKind.Pdf : MediaKind.Image,
        Width = resized?.Width ?? 0,
        Height = resized?.Height ?? 0,
        Widths = string.Join(',', resized?.Variants.Select(v => v.Width).Distinct() ?? []),
        FallbackExtension = resized?.FallbackExtension ?? "",
        StoredBytes = stored.Sum(f => (long)f.Content.Length),
        AltFi = Trimmed(input.AltFi),
        AltSv = Trimmed(input.AltSv),
        AltEn = Trimmed(input.AltEn),
        CreatedUtc = clock.GetUtcNow().UtcDateTime,
        CreatedBy = userName,
    };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
