using Microsoft.AspNetCore.Http;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>Addresses of tenants, for links from the portal.</summary>
public static class TenantLinks
{
    /// <summary>The tenant's home: <c>/{prefix}/</c>, or its first host name on the request's scheme and port.</summary>
    public static string Home(Tenant tenant, HttpRequest request)
    {
        if (tenant.UrlPrefix is { } prefix)
        {
            return $"/{prefix}/";
        }
        if (tenant.HostNames.Count > 0)
        {
            var port = request.Host.Port is { } p ? $":{p}" : "";
            return $"{request.Scheme}://{tenant.HostNames[0]}{port}/";
        }
        return "/";
    }
}
