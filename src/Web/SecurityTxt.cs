using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Web;

/// <summary><c>GET /.well-known/security.txt</c> (RFC 9116): where to report a vulnerability, on every host the portal answers to.</summary>
internal static class SecurityTxt
{
    public static IEndpointRouteBuilder MapSecurityTxt(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/.well-known/security.txt", (IOptions<SecurityOptions> security, IOptions<PortalOptions> portal, TimeProvider clock) =>
        {
            var text = new StringBuilder();
            foreach (var contact in security.Value.Contact)
            {
                text.Append(CultureInfo.InvariantCulture, $"Contact: {contact}\n");
            }
            // The RFC asks for an expiry less than a year ahead; a date that moves with the clock never goes stale.
            var expires = clock.GetUtcNow().UtcDateTime.Date.AddDays(180);
            text.Append(CultureInfo.InvariantCulture, $"Expires: {expires:yyyy-MM-ddTHH:mm:ssZ}\n");
            text.Append("Preferred-Languages: fi, sv, en\n");
            if (portal.Value.BaseUrl is { Length: > 0 } baseUrl)
            {
                text.Append(CultureInfo.InvariantCulture, $"Canonical: {baseUrl.TrimEnd('/')}/.well-known/security.txt\n");
            }
            return Results.Text(text.ToString(), "text/plain; charset=utf-8");
        });
        return routes;
    }
}
