using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>Where each tenant's files live: <c>{DataPath}/Sites/{tenant}/</c>.</summary>
public sealed class TenantDataPaths(IOptions<PortalOptions> options, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(options.Value.DataPath, environment.ContentRootPath);

    public string HostDatabase => Path.Combine(Root, "host.db");

    /// <summary>The tenant's folder; the name is validated first, so no name can reach outside <c>Sites/</c>.</summary>
    public string SiteFolder(string tenantName)
    {
        TenantName.EnsureValid(tenantName);
        return Path.Combine(Root, "Sites", tenantName);
    }

    public string ContentDatabase(string tenantName) => Path.Combine(SiteFolder(tenantName), "content.db");
}
