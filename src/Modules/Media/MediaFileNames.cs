using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Verkostoportaali.Media;

/// <summary>
/// How stored media files are named: <c>{hash}.pdf</c> for a document, <c>{hash}-{width}.webp</c> and
/// <c>{hash}-{width}.jpg|png</c> for an image. Nothing else is a media name, so no request can name a path.
/// </summary>
public static partial class MediaFileNames
{
    /// <summary>80 bits of SHA-256: no two files of one site meet by chance.</summary>
    public const int HashLength = 20;

    public const string UrlPrefix = "/media/";

    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];

    public static string Document(string hash) => $"{hash}.pdf";

    public static string Variant(string hash, int width, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"{hash}-{width}.{extension}");

    public static bool IsValid(string fileName) => ValidName().IsMatch(fileName);

    public static string ContentTypeOf(string fileName) => Path.GetExtension(fileName) switch
    {
        ".webp" => "image/webp",
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        _ => "application/pdf",
    };

    [GeneratedRegex("^[0-9a-f]{20}(-[0-9]{1,5}\\.(webp|jpg|png)|\\.pdf)$")]
    private static partial Regex ValidName();
}
