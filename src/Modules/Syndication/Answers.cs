using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Verkostoportaali.Syndication;

/// <summary>
/// The module's answers as UTF-8 bytes (XML without a byte order mark, with its declaration): a bytes result answers
/// HEAD with the headers alone, as crawlers and feed readers ask before they fetch.
/// </summary>
internal static class Answers
{
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static IResult Xml(XDocument document, string contentType)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, XmlSettings))
        {
            document.Save(writer);
        }
        return Results.Bytes(stream.ToArray(), contentType);
    }

    public static IResult Text(string text, string contentType) => Results.Bytes(Encoding.UTF8.GetBytes(text), contentType);

    public static IResult Json(object value, string contentType) => Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(value), contentType);
}
