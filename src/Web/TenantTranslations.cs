using System.Collections.Concurrent;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Localization;

namespace Verkostoportaali.Web;

/// <summary>
/// A tenant's own PO files, <c>{DataPath}/Sites/{tenant}/Localization/{culture}.po</c>, whose entries win over the modules':
/// read once the server has started (a tenant's first lookup reads its files if that comes first) and kept until restart.
/// A malformed file is logged, naming its file and line, and left out, so that one tenant's typo does not take its site down.
/// </summary>
public sealed class TenantTranslations(TenantDataPaths paths, TenantRegistry registry, IHttpContextAccessor http,
    IHostApplicationLifetime lifetime, ILogger<TenantTranslations> logger) : BackgroundService, IRequestTranslations
{
    private readonly ConcurrentDictionary<string, Lazy<PoCatalogue?>> tenants = new();

    // Outside a request (jobs, start-up) there is no tenant to ask, and the modules' strings serve.
    public PoCatalogue? Current => http.HttpContext?.Features.Get<Tenant>() is { } tenant ? For(tenant.Name) : null;

    // Not while the server answers its first requests: on two cores 10,000 tenants' folders took a tenth of a second
    // from them, while a tenant a request reaches first is read by that request. Real time, as it is about the CPU.
    private static readonly TimeSpan PreloadAfter = TimeSpan.FromSeconds(2);

    // Every tenant's files, so that an operator who changed one restarts and finds any error in the log at once.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await lifetime.WhenStartedAsync(stoppingToken);
        await Task.Delay(PreloadAfter, stoppingToken);
        foreach (var tenant in registry.All)
        {
            stoppingToken.ThrowIfCancellationRequested();
            _ = For(tenant.Name);
        }
    }

    // Asked for every localized string of a page: the lookup allocates nothing once the tenant's files are read.
    public PoCatalogue? For(string tenant) =>
        (tenants.TryGetValue(tenant, out var kept) ? kept : tenants.GetOrAdd(tenant, name => new(() => Load(name)))).Value;

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
