using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Web;

/// <summary>
/// <c>Portal:Api:RateLimit</c>: how many open-data requests one address may make to one site; a client may spend
/// <see cref="PermitLimit"/> at once, and gets them back evenly over <see cref="Window"/>.
/// </summary>
public sealed class OpenDataRateLimitOptions
{
    public const string Section = "Portal:Api:RateLimit";

    // Generous: a page that embeds two widgets and reads a feed asks three times; a harvester paging through
    // everything at 100 items a page reads 30,000 items a minute.
    public int PermitLimit { get; set; } = 300;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// A limit per client (address and site) on the open data: the JSON API, feeds and the OpenAPI document, as issue 21
/// asks. A rate limiter of its own, in the open data's branch ahead of the output cache (<see cref="OpenDataCors.UseOpenData"/>),
/// so that cached answers count too; the endpoints' own limits (login, public forms) stay with the one after routing.
/// A token bucket refilled in ten steps per window, so that a client that paused gets some requests back without
/// waiting for the whole window.
/// </summary>
internal static class OpenDataRateLimit
{
    private const int RefillsPerWindow = 10;

    public static IServiceCollection AddOpenDataRateLimit(this IServiceCollection services)
    {
        services.AddOptions<OpenDataRateLimitOptions>().BindConfiguration(OpenDataRateLimitOptions.Section)
            .Validate(o => o.PermitLimit > 0 && o.Window > TimeSpan.Zero, $"{OpenDataRateLimitOptions.Section} needs a PermitLimit and a Window above zero.")
            .ValidateOnStart();
        return services;
    }

    public static IApplicationBuilder UseOpenDataRateLimit(this IApplicationBuilder app)
    {
        var limit = app.ApplicationServices.GetRequiredService<IOptions<OpenDataRateLimitOptions>>().Value;
        var T = app.ApplicationServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(PortalComposition));
        return app.UseRateLimiter(new RateLimiterOptions
        {
            GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limit)),
            RejectionStatusCode = StatusCodes.Status429TooManyRequests,
            OnRejected = (context, _) => RejectAsync(context, limit, T),
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context, OpenDataRateLimitOptions limit) =>
        context.Features.Get<Tenant>() is { } tenant
            ? RateLimitPartition.GetTokenBucketLimiter($"{tenant.Name}|{context.Connection.RemoteIpAddress}", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.PermitLimit,
                TokensPerPeriod = Math.Max(1, limit.PermitLimit / RefillsPerWindow),
                ReplenishmentPeriod = limit.Window / RefillsPerWindow,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("");

    private static ValueTask RejectAsync(OnRejectedContext context, OpenDataRateLimitOptions limit, IStringLocalizer T)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limit.Window / RefillsPerWindow;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ValueTask(TypedResults.Problem(T["Too many requests. Please wait a moment and try again."].Value,
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http));
    }
}
