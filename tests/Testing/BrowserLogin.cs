using AngleSharp.Html.Parser;
using Microsoft.Playwright;

namespace Verkostoportaali.Testing;

/// <summary>
/// Submits the login form in Chromium and waits for the page the login leads to. A login that does not go through fails
/// with why: the form's address, the status of the POST, where it led and the error the page showed.
/// </summary>
public static class BrowserLogin
{
    /// <summary>
    /// Clicks <paramref name="submit"/> on the open login form and waits for the answer that ends the navigation: the
    /// page the login redirects to, or the form again. It waits for that response, not for the page's load event, so
    /// that the wait is on what the portal did, not on how soon a busy Chromium gets round to firing "load".
    /// </summary>
    public static async Task<IResponse> SubmitAsync(IPage page, ILocator submit)
    {
        var form = page.Url;
        var landing = await LandingAsync(page, form, submit);
        var post = FirstOf(landing.Request);
        if (landing.Request == post)
        {
            throw new LoginFailedException($"The login at {form} was refused: the POST answered {landing.Status} with \"{await ShownErrorAsync(landing)}\".");
        }
        var accepted = $"The login at {form} was accepted ({(await post.ResponseAsync())?.Status} to {post.RedirectedTo?.Url})";
        if (landing.Url.Contains("/login", StringComparison.Ordinal))
        {
            throw new LoginFailedException($"{accepted}, but the browser was sent back to {landing.Url}: the session cookie was not accepted.");
        }
        if (landing.Status >= 400)
        {
            throw new LoginFailedException($"{accepted}, but {landing.Url} answered {landing.Status} with \"{await ShownErrorAsync(landing)}\".");
        }
        return landing;
    }

    private static async Task<IResponse> LandingAsync(IPage page, string form, ILocator submit)
    {
        IResponse? post = null;
        void Note(object? sender, IResponse response) => post = IsPostOf(response.Request, form) ? response : post;
        // The document that the POST, through any redirects, ends in: the page logged in to, or the form again.
        bool EndsTheLogin(IResponse response) => response.Frame == page.MainFrame && response.Request.IsNavigationRequest
            && response.Status is (< 300 or >= 400) && IsPostOf(FirstOf(response.Request), form);
        page.Response += Note;
        try
        {
            return await page.RunAndWaitForResponseAsync(() => submit.ClickAsync(), EndsTheLogin);
        }
        catch (TimeoutException e)
        {
            var answer = post is null ? "got no answer" : $"answered {post.Status}";
            throw new LoginFailedException($"The login POST to {form} {answer}, and no page followed; the browser is at {page.Url}. {e.Message}", e);
        }
        finally
        {
            page.Response -= Note;
        }
    }

    private static bool IsPostOf(IRequest request, string form) => request.Method == "POST" && request.Url == form;

    private static IRequest FirstOf(IRequest request) => request.RedirectedFrom is { } earlier ? FirstOf(earlier) : request;

    // The response's own body, not the page: the page may not show the answer yet when the response has arrived.
    private static async Task<string> ShownErrorAsync(IResponse response)
    {
        var body = await response.TextAsync();
        if (!(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
        {
            return body.Trim();
        }
        var errors = new HtmlParser().ParseDocument(body).QuerySelectorAll("[role=alert], .field-error, h1")
            .Select(e => e.TextContent.Trim()).Where(text => text.Length > 0);
        return string.Join(" | ", errors);
    }
}

/// <summary>A login in the browser did not let the user in; the message says what the portal answered.</summary>
public sealed class LoginFailedException(string message, Exception? inner = null) : Exception(message, inner);
