using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Verkostoportaali.Testing;

/// <summary>Fetches a page that must answer 2xx and parses its HTML.</summary>
public static class HtmlPages
{
    public static async Task<IDocument> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
