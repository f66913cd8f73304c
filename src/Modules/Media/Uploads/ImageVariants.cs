using NetVips;

namespace Verkostoportaali.Media.Uploads;

/// <summary>One resized copy of an uploaded image, in one format.</summary>
public sealed record ImageVariant(int Width, string Extension, byte[] Content);

/// <summary>An uploaded image read by libvips: its size, and its resized copies with no metadata (EXIF, GPS) left.</summary>
public sealed record ResizedImage(int Width, int Height, string FallbackExtension, IReadOnlyList<ImageVariant> Variants);

/// <summary>Resizes uploaded images with libvips (NetVips): each width in WebP and in JPEG, or PNG where the image has alpha.</summary>
public static class ImageVariants
{
    /// <summary>The widths served in <c>srcset</c>; an image narrower than one is also kept at its own width.</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    /// <summary>
    /// Decoding takes about 4 bytes a pixel, so a small file that claims a huge size ("decompression bomb") could take
    /// gigabytes; 50 megapixels is beyond any camera an editor would use and about 200 MB to decode.
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>Images resized at once: each takes a few of libvips' fixed threads (<see cref="VipsThreads"/>) and a core.</summary>
    public static readonly int MaxPipelines = Math.Min(Environment.ProcessorCount, 4);

    private static readonly SemaphoreSlim Pipelines = new(MaxPipelines);

    /// <summary>The image's size from its header, with no pixels decoded; null when libvips cannot read it.</summary>
    public static (int Width, int Height)? SizeOf(byte[] content)
    {
        try
        {
            using var image = Image.NewFromBuffer(content, access: Enums.Access.Sequential);
            return (image.Width, image.Height);
        }
        catch (VipsException)
        {
            return null;
        }
    }

    /// <summary>The resized copies; null when the pixels cannot be decoded (a truncated or forged file).</summary>
    public static ResizedImage? Resize(byte[] content)
    {
        Pipelines.Wait();
        try
        {
            using var original = Image.NewFromBuffer(content, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            using var upright = original.Autorot();
            var fallback = upright.HasAlpha() ? "png" : "jpg";
            var widths = Widths.Where(w => w < upright.Width).Append(Math.Min(upright.Width, Widths[^1])).Distinct().Order().ToList();
            var variants = widths.SelectMany(width => Encode(content, width, fallback)).ToList();
            return new ResizedImage(upright.Width, upright.Height, fallback, variants);
        }
        catch (VipsException)
        {
            return null;
        }
        finally
        {
            Pipelines.Release();
        }
    }

    private static IEnumerable<ImageVariant> Encode(byte[] content, int width, string fallback)
    {
        // Thumbnail shrinks while decoding (JPEG shrink-on-load) and turns the image upright by its EXIF orientation.
        // The result is encoded twice, so it is kept in memory: the decoder reads its source once, in order.
        using var thumbnail = Image.ThumbnailBuffer(content, width, failOn: Enums.FailOn.Error);
        using var image = thumbnail.CopyMemory();
        // keep: None writes no EXIF (with its GPS position), XMP, IPTC or ICC data.
        yield return new ImageVariant(width, "webp", image.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None));
        yield return new ImageVariant(width, fallback, fallback == "png"
            ? image.PngsaveBuffer(keep: Enums.ForeignKeep.None)
            : image.JpegsaveBuffer(q: 82, keep: Enums.ForeignKeep.None, interlace: true));
    }
}
