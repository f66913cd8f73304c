using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Localization;

/// <summary>
/// A tenant's own PO files, <c>{DataPath}/Sites/{tenant}/Localization/{culture}.po</c>, whose entries win over the modules':
/// read on the tenant's first lookup and kept until restart. A malformed file is logged, naming its file and line, and
/// left out, so that one tenant's typo does not take its site down.
/// </summary>
public sealed class TenantTranslations(TenantDataPaths paths, ILogger<TenantTranslations> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<PoCatalogue?>> tenants = new();

    public PoCatalogue? For(string tenant) => tenants.GetOrAdd(tenant, name => new(() => Load(name))).Value;

    private PoCatalogue? Load(string tenant)
    {
        var folder = Path.Combine(paths.SiteFolder(tenant), "Localization");
        return Directory.Exists(folder) ? new PoCatalogue(
            from path in Directory.EnumerateFiles(folder, "*.po").Order(StringComparer.Ordinal)
            let file = Read(tenant, path)
            where file is not null
            select (Path.GetFileNameWithoutExtension(path), file)) : null;
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
