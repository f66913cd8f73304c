using System.Text;

namespace Verkostoportaali.Media.Uploads;

/// <summary>What an upload is, read from its first bytes (its "magic number"), never from its name or the browser's type.</summary>
public enum UploadedContent
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Pdf,
    /// <summary>Refused: SVG is XML that can carry scripts and links, and sanitizing it is a project of its own.</summary>
    Svg,
}

public static class UploadedContentSniffer
{
    public static UploadedContent Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => UploadedContent.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => UploadedContent.Png,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => UploadedContent.WebP,
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => UploadedContent.Pdf,
        _ when LooksLikeSvg(head) => UploadedContent.Svg,
        _ => UploadedContent.Unknown,
    };

    public static bool IsImage(this UploadedContent content) => content is UploadedContent.Jpeg or UploadedContent.Png or UploadedContent.WebP;

    private static bool LooksLikeSvg(ReadOnlySpan<byte> head) =>
        Encoding.UTF8.GetString(head[..Math.Min(head.Length, 1024)]).Contains("<svg", StringComparison.OrdinalIgnoreCase);
}
