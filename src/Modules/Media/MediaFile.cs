using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Media;

/// <summary>
/// A file in the site's media library. Its stored files are named by <see cref="Hash"/> (of the uploaded bytes), so a
/// public URL never changes meaning and can be cached for a year; an image has one WebP and one fallback file per width.
/// </summary>
public sealed class MediaFile
{
    public const int AltTextMaxLength = 300;

    public int Id { get; init; }
    public required string Hash { get; init; }
    public required string FileName { get; init; }
    public MediaKind Kind { get; init; }
    /// <summary>The original's pixel size (after EXIF rotation); zero for a document.</summary>
    public int Width { get; init; }
    public int Height { get; init; }
    /// <summary>The widths stored, ascending, as "480,960,1600"; empty for a document.</summary>
    public string Widths { get; init; } = "";
    /// <summary>The extension of the fallback format the browser gets where it takes no WebP: "jpg" or "png".</summary>
    public string FallbackExtension { get; init; } = "";
    /// <summary>All stored files' bytes together: what counts against the site's quota.</summary>
    public long StoredBytes { get; init; }
    public string? AltFi { get; set; }
    public string? AltSv { get; set; }
    public string? AltEn { get; set; }
    public DateTime CreatedUtc { get; init; }
    public string? CreatedBy { get; init; }

    public IReadOnlyList<int> WidthList => [.. Widths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

    /// <summary>The names of the files stored for it: the document, or each width in WebP and in the fallback format.</summary>
    public IEnumerable<string> StoredFileNames => Kind == MediaKind.Image
        ? WidthList.SelectMany(w => new[] { MediaFileNames.Variant(Hash, w, "webp"), MediaFileNames.Variant(Hash, w, FallbackExtension) })
        : [MediaFileNames.Document(Hash)];

    /// <summary>The alt text in the culture, else the Finnish one (the required one) and its culture, for a <c>lang</c> attribute.</summary>
    public (string Text, string Culture) AltIn(string culture) =>
        (culture switch { "sv" => AltSv, "en" => AltEn, _ => null }) is { Length: > 0 } text ? (text, culture) : (AltFi ?? "", "fi");
}

public enum MediaKind
{
    Image,
    Pdf,
}

internal sealed class MediaFileTable : ITenantModel
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<MediaFile>(file =>
    {
        file.ToTable("MediaFiles");
        file.Property(f => f.Hash).HasMaxLength(MediaFileNames.HashLength);
        file.Property(f => f.FileName).HasMaxLength(255);
        file.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        file.Property(f => f.Widths).HasMaxLength(100);
        file.Property(f => f.FallbackExtension).HasMaxLength(10);
        file.Property(f => f.AltFi).HasMaxLength(MediaFile.AltTextMaxLength);
        file.Property(f => f.AltSv).HasMaxLength(MediaFile.AltTextMaxLength);
        file.Property(f => f.AltEn).HasMaxLength(MediaFile.AltTextMaxLength);
        file.Property(f => f.CreatedBy).HasMaxLength(256);
        file.HasIndex(f => f.Hash).IsUnique();
    });
}
