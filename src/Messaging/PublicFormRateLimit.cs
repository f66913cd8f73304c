using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Messaging;

/// <summary>
/// The limit on a form anyone may send without an account (join request, service need, accessibility feedback): at most
/// <see cref="PermitLimit"/> posts per <see cref="Window"/> from one address to one site. Reading the form is not limited.
/// Each form names its own policy, so a burst on one form leaves the others open.
/// </summary>
public static class PublicFormRateLimit
{
    public const int PermitLimit = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Adds the policy <paramref name="policyName"/>, for <c>[EnableRateLimiting]</c> on the form's page.</summary>
    public static IServiceCollection AddPublicFormRateLimit(this IServiceCollection services, string policyName) =>
        services.AddRateLimiter(options => options.AddPolicy(policyName, Partition));

    public static RateLimitPartition<string> Partition(HttpContext http) => HttpMethods.IsPost(http.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter($"{http.GetTenant().Name}|{http.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0 })
        : RateLimitPartition.GetNoLimiter("");
}
