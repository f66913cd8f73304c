using System.Collections.Concurrent;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Web;

/// <summary>
/// A tenant's own PO files, <c>{DataPath}/Sites/{tenant}/Localization/{culture}.po</c>, whose entries win over the modules':
/// read at start (a tenant made later: on its first lookup) and kept until restart. A malformed file is logged, naming
/// its file and line, and left out, so that one tenant's typo does not take its site down.
/// </summary>
public sealed class TenantTranslations(TenantDataPaths paths, TenantRegistry registry, IHttpContextAccessor http,
    ILogger<TenantTranslations> logger) : IRequestTranslations, IHostedService
{
    private readonly ConcurrentDictionary<string, Lazy<PoCatalogue?>> tenants = new();

    // Outside a request (jobs, start-up) there is no tenant to ask, and the modules' strings serve.
    public PoCatalogue? Current => http.HttpContext?.Features.Get<Tenant>() is { } tenant ? For(tenant.Name) : null;

    // After HostStartup has loaded the registry: an operator who changed a file restarts, and reads the log then.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in registry.All)
        {
            _ = For(tenant.Name);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public PoCatalogue? For(string tenant) => tenants.GetOrAdd(tenant, name => new(() => Load(name))).Value;

    private PoCatalogue? Load(string tenant)
    {
        var folder = Path.Combine(paths.SiteFolder(tenant), "Localization");
        return Directory.Exists(folder) ? new PoCatalogue(
            from path in Directory.EnumerateFiles(folder, "*.po").Order(StringComparer.Ordinal)
            let file = Read(tenant, path)
            where file is not null
            select (tenant, Path.GetFileNameWithoutExtension(path), file)) : null;
    }

    private PoFile? Read(string tenant, string path)
    {
        try
        {
            return PoReader.Read(path);
        }
        catch (Exception e) when (e is PoFormatException or IOException)
        {
            logger.LogError("Tenant {Tenant}'s translations are ignored: {Problem}", tenant, e.Message);
            return null;
        }
    }
}
