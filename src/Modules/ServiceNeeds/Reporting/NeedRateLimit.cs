using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.ServiceNeeds.Reporting;

/// <summary>
/// At most <see cref="PermitLimit"/> needs per <see cref="Window"/> from one address to one site, as on the join form;
/// reading the form is not limited.
/// </summary>
public static class NeedRateLimit
{
    public const string Name = "service-needs";
    public const int PermitLimit = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static RateLimitPartition<string> Partition(HttpContext http) => HttpMethods.IsPost(http.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter($"{http.GetTenant().Name}|{http.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0 })
        : RateLimitPartition.GetNoLimiter("");
}
