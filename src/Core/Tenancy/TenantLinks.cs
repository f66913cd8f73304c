using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// The host names the portal answers to, and full addresses of sites: on <c>Portal:BaseUrl</c> (a site's own host name
/// on its scheme), else on a host <see cref="IsKnownHost"/> checked; never a Host header alone ("Host: evil.example").
/// </summary>
public sealed class TenantLinks(TenantRegistry registry, IOptions<PortalOptions> options)
{
    private readonly Uri? baseUrl = options.Value.BaseUrl is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : null;

    /// <summary>A site's host name, the base address's, one listed in the settings, or, without a base address, a loopback name.</summary>
    public bool IsKnownHost(string host) =>
        registry.HasHostName(host)
        || string.Equals(host, baseUrl?.Host, StringComparison.OrdinalIgnoreCase)
        || options.Value.AllowedHosts.Any(allowed => allowed == "*" || string.Equals(allowed, host, StringComparison.OrdinalIgnoreCase))
        || (baseUrl is null && IsLoopback(host));

    /// <summary>
    /// Scheme, host and port of a site's pages: its own host name, else the portal's base address or the request's (known)
    /// host. Without a request (a command), a site without a host name needs the base address.
    /// </summary>
    public string Origin(Tenant tenant, HttpRequest? request)
    {
        if (tenant.HostNames is not [var host, ..])
        {
            return baseUrl?.GetLeftPart(UriPartial.Authority) ?? (request is null
                ? throw new TenantException($"Set Portal:BaseUrl to the portal's address to link to the site '{tenant.Name}'.")
                : $"{request.Scheme}://{request.Host}");
        }
        // Without a base address (development), the port of a request to this very host is kept.
        var port = baseUrl is null && string.Equals(request?.Host.Host, host, StringComparison.OrdinalIgnoreCase) ? request!.Host.Port : null;
        return $"{baseUrl?.Scheme ?? request?.Scheme ?? "https"}://{host}{(port is { } p ? $":{p}" : "")}";
    }

    /// <summary>A full address for a path of the request's own site, e.g. <c>/mansikka/hankkeet/x</c>.</summary>
    public static string Absolute(HttpRequest request, string path) =>
        request.HttpContext.RequestServices.GetRequiredService<TenantLinks>().Origin(request.HttpContext.GetTenant(), request) + path;

    /// <summary>The tenant's home: <c>/{prefix}/</c>, or the root of its own host name.</summary>
    public static string Home(Tenant tenant, HttpRequest request) => tenant.UrlPrefix is { } prefix ? $"/{prefix}/"
        : tenant.HostNames.Count > 0 ? request.HttpContext.RequestServices.GetRequiredService<TenantLinks>().Origin(tenant, request) + "/" : "/";

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
