using System.Net;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Verkostoportaali.Web;

/// <summary>
/// OpenTelemetry metrics and traces, collected only when exported: to an OTLP collector at
/// <c>Portal:Telemetry:Otlp:Endpoint</c>, and as a Prometheus scrape at <c>/metrics</c> when
/// <c>Portal:Telemetry:Prometheus</c> is true. ASP.NET Core, EF Core and the modules' own meters (<c>Verkostoportaali.*</c>:
/// search latency, index lag) are covered.
/// </summary>
public static class PortalTelemetry
{
    private const string Section = "Portal:Telemetry";

    public static void AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration[$"{Section}:Otlp:Endpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        var prometheus = configuration.GetValue<bool>($"{Section}:Prometheus");
        if (otlp is null && !prometheus)
        {
            return;
        }
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("verkostoportaali"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter("Microsoft.EntityFrameworkCore", "Verkostoportaali.*");
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(options => options.Endpoint = otlp);
                }
            })
            .WithTracing(tracing =>
            {
                if (otlp is not null)
                {
                    tracing.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation().AddOtlpExporter(options => options.Endpoint = otlp);
                }
            });
    }

    /// <summary>
    /// <c>/metrics</c> for a scraper on the node itself: after the forwarded headers, a request through a proxy has
    /// its client's address, so the public cannot read it.
    /// </summary>
    public static void UsePortalTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{Section}:Prometheus"))
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(http => http.Request.Path == "/metrics"
                && http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address));
        }
    }
}
