using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Verkostoportaali.Testing;

/// <summary>Fetches a page that must answer 2xx and parses its HTML; fills in and posts its forms as a browser would.</summary>
public static class HtmlPages
{
    public static async Task<IDocument> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the page and posts the form that <paramref name="formSelector"/> finds, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formSelector, IDictionary<string, string> fields)
    {
        var form = (await GetPageAsync(client, url)).QuerySelector(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(form.GetAttribute("action") ?? url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }
}
