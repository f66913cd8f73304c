using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests;

/// <summary>Browser-like form posts: the antiforgery token is taken from the page that shows the form, cookies are kept.</summary>
public static class Forms
{
    public static HttpClient NewClient(PortalHost host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client logged in to the tenant at <paramref name="root"/> ("/" for the portal, "/name/" for a site).</summary>
    public static async Task<HttpClient> LoggedInAsync(PortalHost host, string root, string user, string password)
    {
        var client = NewClient(host);
        var response = await LogInAsync(client, root, user, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> LogInAsync(HttpClient client, string root, string user, string password) =>
        PostAsync(client, root + "login", root + "login", new() { ["Input.UserName"] = user, ["Input.Password"] = password });

    /// <summary>Opens <paramref name="pageUrl"/>, then posts its form's token with <paramref name="fields"/> to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await HtmlPages.GetPageAsync(client, pageUrl);
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
