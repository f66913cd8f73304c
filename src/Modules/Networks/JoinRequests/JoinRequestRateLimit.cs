using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Networks.JoinRequests;

/// <summary>At most <see cref="PermitLimit"/> join requests per <see cref="Window"/> from one address to one tenant; reading the form is not limited.</summary>
public sealed class JoinRequestRateLimit : IRateLimiterPolicy<string>
{
    public const string Name = "network-join-requests";
    public const int PermitLimit = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    // The portal's options say how a refusal is answered.
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var key = $"{httpContext.GetTenant().Name}|{httpContext.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PermitLimit,
            Window = Window,
            QueueLimit = 0,
        });
    }
}
