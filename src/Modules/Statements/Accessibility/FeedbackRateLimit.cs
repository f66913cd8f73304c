using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Statements.Accessibility;

/// <summary>At most <see cref="PermitLimit"/> feedback posts per <see cref="Window"/> from one address to one site; reading the page is not limited.</summary>
public static class FeedbackRateLimit
{
    public const string Name = "accessibility-feedback";
    public const int PermitLimit = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static RateLimitPartition<string> Partition(HttpContext http) => HttpMethods.IsPost(http.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter($"{http.GetTenant().Name}|{http.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0 })
        : RateLimitPartition.GetNoLimiter("");
}
