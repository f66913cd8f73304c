using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace Verkostoportaali.Media.Tests;

/// <summary>Images made for the tests with libvips: photos of a given size, and a JPEG that carries a GPS position in its EXIF.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width, int height)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 30);
        using var rgb = noise.Bandjoin(noise, noise).Cast(Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 85);
    }

    /// <summary>A black PNG: its file is small whatever its pixel count, as a decompression bomb's is.</summary>
    public static byte[] BlackPng(int width, int height)
    {
        using var black = Image.Black(width, height);
        return black.Cast(Enums.BandFormat.Uchar).PngsaveBuffer(compression: 9);
    }

    /// <summary>
    /// A JPEG whose APP1 segment holds EXIF with a GPS latitude (60° N, Helsinki), written by hand: the TIFF header,
    /// IFD0 pointing at the GPS IFD, and the GPS IFD with GPSLatitudeRef "N" and GPSLatitude 60/1, 10/1, 0/1.
    /// </summary>
    public static byte[] JpegWithGpsPosition(int width, int height)
    {
        var jpeg = Jpeg(width, height);
        var tiff = new byte[8 + 18 + 30 + 24];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        WriteIfd(tiff, 8, [(0x8825, 4, 1, 26u)]);
        WriteIfd(tiff, 26, [(0x0001, 2, 2, 'N'), (0x0002, 5, 3, 56u)]);
        foreach (var (index, numerator) in new[] { (0, 60u), (1, 10u), (2, 0u) })
        {
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(56 + (index * 8)), numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(60 + (index * 8)), 1);
        }
        var exif = Encoding.ASCII.GetBytes("Exif\0\0").Concat(tiff).ToArray();
        byte[] segment = [0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)(exif.Length + 2), .. exif];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private static void WriteIfd(byte[] tiff, int offset, (ushort Tag, ushort Type, uint Count, uint Value)[] entries)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(offset), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = tiff.AsSpan(offset + 2 + (i * 12));
            BinaryPrimitives.WriteUInt16LittleEndian(at, entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(at[4..], entries[i].Count);
            BinaryPrimitives.WriteUInt32LittleEndian(at[8..], entries[i].Value);
        }
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(offset + 2 + (entries.Length * 12)), 0);
    }

    /// <summary>The metadata fields libvips finds in an image file (exif-data, exif-ifd3-GPSLatitude …).</summary>
    public static IReadOnlyList<string> MetadataOf(byte[] file)
    {
        using var image = Image.NewFromBuffer(file);
        return image.GetFields();
    }
}
