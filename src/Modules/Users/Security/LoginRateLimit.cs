using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users.Security;

/// <summary>
/// At most <see cref="PermitLimit"/> login attempts per <see cref="Window"/> from one address to one tenant. Lockout
/// guards each account; this slows trying one password on many accounts. Showing the login form is not limited.
/// </summary>
internal sealed class LoginRateLimit(IStringLocalizer<LoginRateLimit> T) : IRateLimiterPolicy<string>
{
    public const string Name = "login";
    public const int PermitLimit = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, cancellationToken) =>
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ValueTask(response.WriteAsync(T["Too many login attempts from your address. Please wait a few minutes and try again."], cancellationToken));
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var key = $"{httpContext.GetTenant().Name}|{httpContext.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = PermitLimit,
            Window = Window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        });
    }
}
