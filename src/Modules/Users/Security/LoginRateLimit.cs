using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Users.Security;

/// <summary><c>Portal:LoginRateLimit</c>: how many login attempts one address may make to one tenant per window.</summary>
public sealed class LoginRateLimitOptions
{
    public const string Section = "Portal:LoginRateLimit";

    public int PermitLimit { get; set; } = 20;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// At most <see cref="LoginRateLimitOptions.PermitLimit"/> login attempts per window from one address to one tenant.
/// Lockout guards each account; this slows trying one password on many accounts. Showing the login form is not limited.
/// </summary>
internal sealed class LoginRateLimit(IOptions<LoginRateLimitOptions> options, IStringLocalizer<LoginRateLimit> T) : IRateLimiterPolicy<string>
{
    public const string Name = "login";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, cancellationToken) =>
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.RetryAfter = ((int)options.Value.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
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
            PermitLimit = options.Value.PermitLimit,
            Window = options.Value.Window,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        });
    }
}
