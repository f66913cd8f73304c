using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Core.Settings;

/// <summary>
/// A tenant's settings: one JSON document per settings record (ThemeSettings, NetworkSettings …), stored in the
/// tenant database and cached, because the layout reads some of them on every request; the database is leased on a miss.
/// </summary>
public sealed class SiteSettingsStore(TenantDbOnDemand database, TenantContext tenant, IMemoryCache cache)
{
    public async Task<TSettings> GetAsync<TSettings>(CancellationToken cancellationToken = default) where TSettings : class, new() =>
        await cache.GetOrCreateAsync(Key(typeof(TSettings)), async _ =>
        {
            var stored = await database.Context.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Name == typeof(TSettings).Name, cancellationToken);
            return stored is null ? new TSettings() : ContentJson.ReadStored<TSettings>(stored.Json);
        }) ?? new TSettings();

    public async Task SaveAsync(object settings, CancellationToken cancellationToken = default)
    {
        var name = settings.GetType().Name;
        var json = JsonSerializer.Serialize(settings, settings.GetType(), ContentJson.Options);
        var stored = await database.Context.Settings.FindAsync([name], cancellationToken)
            ?? database.Context.Settings.Add(new StoredSettings { Name = name, Json = json }).Entity;
        stored.Json = json;
        await database.Context.SaveChangesAsync(cancellationToken);
        cache.Remove(Key(settings.GetType()));
    }

    private string Key(Type settings) => $"settings:{tenant.Tenant.Name}:{settings.Name}";
}

/// <summary>A settings record a module offers; recipes set it by its class name.</summary>
public sealed record SiteSettingsRegistration(Type SettingsType);

internal sealed class StoredSettings
{
    public required string Name { get; init; }
    public required string Json { get; set; }
}
