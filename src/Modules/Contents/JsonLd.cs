using System.Text.Encodings.Web;
using System.Text.Json;

namespace Verkostoportaali.Contents;

/// <summary>How schema.org JSON-LD is written into pages.</summary>
public static class JsonLd
{
    // The default encoder escapes <, > and &, so the JSON cannot close its <script> element.
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };
}
