using System.Text.RegularExpressions;

namespace Verkostoportaali.Web;

/// <summary>
/// Sends a path with empty segments, once, to the same path without them. "/mansikka//elava-kainuu/admin" served
/// mansikka's home page: an empty segment confuses a site's prefix with a path of its own. Runs before tenant resolution.
/// </summary>
internal sealed partial class SingleSlashPaths(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path?.Contains("//", StringComparison.Ordinal) != true)
        {
            return next(context);
        }
        var request = context.Request;
        context.Response.StatusCode = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            ? StatusCodes.Status301MovedPermanently
            : StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = (request.PathBase + new PathString(MultipleSlashes().Replace(path, "/")) + request.QueryString).ToString();
        return Task.CompletedTask;
    }

    [GeneratedRegex("/{2,}")]
    private static partial Regex MultipleSlashes();
}
