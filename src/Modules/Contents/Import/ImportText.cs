using System.Text;

namespace Verkostoportaali.Contents.Import;

/// <summary>
/// The bytes of an imported file as text. UTF-8 is expected; bytes that are not valid UTF-8 are read as Windows-1252
/// (Latin-1 with the euro sign and curly quotes), which is what older Finnish pages and Windows editors save.
/// </summary>
public sealed record ImportText(string? Text, ImportMessage? Error = null, ImportMessage? Warning = null)
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static ImportText Decode(byte[] bytes)
    {
        // UTF-16 (as Windows Notepad may save) is text although half its bytes are NUL; its byte order mark says so.
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Checked(utf16.GetString(bytes, 2, bytes.Length - 2), warning: null);
        }
        if (LooksBinary(bytes))
        {
            return new ImportText(null, new ImportMessage(null, "The file holds binary data, not text."));
        }
        try
        {
            return Checked(StrictUtf8.GetString(bytes), warning: null);
        }
        catch (DecoderFallbackException)
        {
            return Checked(Windows1252.GetString(bytes),
                new ImportMessage(null, "The text is not UTF-8; it was read as Latin-1 (Windows-1252). Check its letters ä, ö and å."));
        }
    }

    private static ImportText Checked(string text, ImportMessage? warning)
    {
        text = text.TrimStart('\uFEFF');
        return string.IsNullOrWhiteSpace(text) ? new ImportText(null, new ImportMessage(null, "The file is empty.")) : new ImportText(text, null, warning);
    }

    // Text files hold no NUL bytes and few control characters besides tab, line breaks and form feed.
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            controls += b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) ? 1 : 0;
        }
        return controls > sample.Length / 20;
    }
}
