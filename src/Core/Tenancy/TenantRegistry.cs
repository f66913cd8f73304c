using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Data;

namespace Verkostoportaali.Core.Tenancy;

/// <summary>
/// The tenant registry: rows in the host database, served from an immutable in-memory snapshot
/// so that resolving a request never touches the database.
/// </summary>
public sealed class TenantRegistry(HostConnections connections, IDbContextFactory<HostDbContext> hostDb, ReservedSegments reserved,
    TenantChanges changes, TimeProvider clock)
{
    private Snapshot snapshot = Snapshot.Empty;
    private readonly SemaphoreSlim writeLock = new(1, 1);

    public IReadOnlyList<Tenant> All => snapshot.Tenants;

    public Tenant? Find(string name) => snapshot.ByName.GetValueOrDefault(name);

    public bool HasHostName(string host) => snapshot.ByHost.ContainsKey(host);

    /// <summary>Host name first, then the first path segment; anything else belongs to the portal.</summary>
    public TenantMatch? Resolve(string host, PathString path)
    {
        var current = snapshot;
        if (current.ByHost.TryGetValue(host, out var byHost))
        {
            return new TenantMatch(byHost, PathString.Empty);
        }
        var segment = FirstSegment(path);
        if (segment.Length > 0 && current.ByPrefix.TryGetValue(segment, out var byPrefix))
        {
            return new TenantMatch(byPrefix, new PathString("/" + segment));
        }
        return current.ByName.TryGetValue(TenantName.Default, out var portal)
            ? new TenantMatch(portal, PathString.Empty)
            : null;
    }

    /// <summary>Reads the rows again (another process changed them); returns the sites it found gone or made anew under their name.</summary>
    public async Task<IReadOnlyList<Tenant>> LoadAsync(CancellationToken cancellationToken = default)
    {
        // Under the write lock, so that a reload cannot put back a snapshot older than a write of this process.
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            var rows = await ReadAllAsync(cancellationToken);
            var before = snapshot;
            // A reload that finds what this process wrote is no change: caches keyed by the registry's version stay.
            if (rows.Count != snapshot.ByName.Count || !rows.All(row => snapshot.ByName.TryGetValue(row.Name, out var held) && SameRow(row, held)))
            {
                snapshot = Snapshot.Of(rows);
                changes.RegistryReloaded();
            }
            return [.. before.ByName.Values.Where(t => snapshot.ByName.GetValueOrDefault(t.Name) is not { } now || now.CreatedUtc != t.CreatedUtc)];
        }
        finally
        {
            writeLock.Release();
        }
    }

    // A plain query, not EF Core's: at start its first model build and query compilation, and reading 10,000 rows'
    // JSON through its value converters, took a third of a second. The columns are those of CoreMigrations.Host.
    private async Task<List<Tenant>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = connections.Create();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Name", "DisplayName", "State", "UrlPrefix", "HostNames", "Recipe", "Region", "ListedInPortalSearch",
                   "Features", "CreatedUtc"
            FROM "Tenants"
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenants = new List<Tenant>();
        // Most sites have the same features and no host names: each distinct JSON is parsed once (the lists are read-only).
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string> List(string json) => lists.TryGetValue(json, out var list) ? list : lists[json] = JsonSerializer.Deserialize<List<string>>(json) ?? [];
        while (await reader.ReadAsync(cancellationToken))
        {
            tenants.Add(new Tenant
            {
                Name = reader.GetString(0),
                DisplayName = reader.GetString(1),
                State = Enum.Parse<TenantState>(reader.GetString(2)),
                UrlPrefix = reader.IsDBNull(3) ? null : reader.GetString(3),
                HostNames = List(reader.GetString(4)),
                Recipe = reader.IsDBNull(5) ? null : reader.GetString(5),
                Region = reader.IsDBNull(6) ? null : reader.GetString(6),
                ListedInPortalSearch = reader.GetBoolean(7),
                Features = List(reader.GetString(8)),
                CreatedUtc = DateTime.SpecifyKind(reader.GetDateTime(9), DateTimeKind.Utc),
            });
        }
        return tenants;
    }

    private static readonly string[] NoValues = [];

    // Records compare lists by reference; the rows' lists are compared by their values.
    private static bool SameRow(Tenant a, Tenant b) =>
        a with { HostNames = NoValues, Features = NoValues } == b with { HostNames = NoValues, Features = NoValues }
        && a.HostNames.SequenceEqual(b.HostNames, StringComparer.Ordinal) && a.Features.SequenceEqual(b.Features, StringComparer.Ordinal);

    public async Task<Tenant> AddAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        TenantName.EnsureValid(tenant.Name);
        tenant = Normalize(tenant) with { CreatedUtc = clock.GetUtcNow().UtcDateTime };
        // Checked for new tenants only: a route a later release maps must not lock out a tenant that already has its name.
        if (new[] { tenant.IsDefault ? null : tenant.Name, tenant.UrlPrefix }.OfType<string>().FirstOrDefault(reserved.Contains) is { } taken)
        {
            throw new TenantException($"'{taken}' is reserved for the portal's own addresses.");
        }
        await WriteAsync(async db =>
        {
            if (snapshot.ByName.ContainsKey(tenant.Name))
            {
                throw new TenantException($"A tenant named '{tenant.Name}' exists already.");
            }
            EnsureAddressesFree(tenant);
            db.Tenants.Add(tenant);
            await db.SaveChangesAsync(cancellationToken);
            return snapshot.With(tenant);
        }, cancellationToken);
        return tenant;
    }

    public async Task<Tenant> UpdateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        tenant = Normalize(tenant);
        await WriteAsync(async db =>
        {
            if (!snapshot.ByName.TryGetValue(tenant.Name, out var stored))
            {
                throw new TenantException($"There is no tenant named '{tenant.Name}'.");
            }
            // The creation time tells this tenant from an earlier one of the same name (login tickets carry it): it never changes.
            tenant = tenant with { CreatedUtc = stored.CreatedUtc };
            EnsureAddressesFree(tenant);
            db.Tenants.Update(tenant);
            await db.SaveChangesAsync(cancellationToken);
            return snapshot.With(tenant);
        }, cancellationToken);
        return tenant;
    }

    public Task RemoveAsync(string name, CancellationToken cancellationToken = default) => WriteAsync(async db =>
    {
        await db.Tenants.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken);
        return snapshot.Without(name);
    }, cancellationToken);

    // One writer at a time: what a write checks against the snapshot still holds when its row and snapshot replace the old.
    private async Task WriteAsync(Func<HostDbContext, Task<Snapshot>> write, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var db = await hostDb.CreateDbContextAsync(cancellationToken);
            snapshot = await write(db);
            changes.RegistryChanged();
        }
        finally
        {
            writeLock.Release();
        }
    }

    private static Tenant Normalize(Tenant tenant) => tenant with
    {
        UrlPrefix = string.IsNullOrWhiteSpace(tenant.UrlPrefix) ? null : tenant.UrlPrefix.Trim('/').ToLowerInvariant(),
        HostNames = tenant.HostNames.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList(),
        Features = tenant.Features.Distinct().Order(StringComparer.Ordinal).ToList(),
    };

    private void EnsureAddressesFree(Tenant tenant)
    {
        if (tenant.UrlPrefix is { } prefix)
        {
            if (TenantName.Problem(prefix) is { } problem)
            {
                throw new TenantException(problem.Replace("tenant name", "URL prefix", StringComparison.Ordinal));
            }
            if (snapshot.ByPrefix.TryGetValue(prefix, out var owner) && owner.Name != tenant.Name)
            {
                throw new TenantException($"The URL prefix '{prefix}' is used by tenant '{owner.Name}'.");
            }
        }
        foreach (var host in tenant.HostNames)
        {
            if (snapshot.ByHost.TryGetValue(host, out var owner) && owner.Name != tenant.Name)
            {
                throw new TenantException($"The host name '{host}' is used by tenant '{owner.Name}'.");
            }
        }
    }

    private static string FirstSegment(PathString path)
    {
        var value = path.Value.AsSpan().TrimStart('/');
        var end = value.IndexOf('/');
        return (end < 0 ? value : value[..end]).ToString();
    }

    // Immutable maps: readers never lock, and adding one tenant to 10,000 costs O(log n), not a rebuild.
    private sealed record Snapshot(
        ImmutableSortedDictionary<string, Tenant> ByName,
        ImmutableDictionary<string, Tenant> ByPrefix,
        ImmutableDictionary<string, Tenant> ByHost)
    {
        public static readonly Snapshot Empty = new(
            ImmutableSortedDictionary.Create<string, Tenant>(StringComparer.Ordinal),
            ImmutableDictionary.Create<string, Tenant>(StringComparer.OrdinalIgnoreCase),
            ImmutableDictionary.Create<string, Tenant>(StringComparer.OrdinalIgnoreCase));

        // Once per snapshot (workers ask every sweep); the portal moved first, not all sorted again (15 ms at 10,000 sites).
        public IReadOnlyList<Tenant> Tenants => field ??= ByName.TryGetValue(TenantName.Default, out var portal)
            ? [portal, .. ByName.Values.Where(t => !t.IsDefault)]
            : [.. ByName.Values];

        // One pass with builders: loading 10,000 tenants one With() at a time costs a start-up tenth of a second.
        public static Snapshot Of(IEnumerable<Tenant> tenants)
        {
            var (byName, byPrefix, byHost) = (Empty.ByName.ToBuilder(), Empty.ByPrefix.ToBuilder(), Empty.ByHost.ToBuilder());
            foreach (var tenant in tenants)
            {
                byName[tenant.Name] = tenant;
                if (tenant.UrlPrefix is { } prefix)
                {
                    byPrefix[prefix] = tenant;
                }
                tenant.HostNames.ToList().ForEach(host => byHost[host] = tenant);
            }
            return new Snapshot(byName.ToImmutable(), byPrefix.ToImmutable(), byHost.ToImmutable());
        }

        public Snapshot With(Tenant tenant)
        {
            var without = Without(tenant.Name);
            return new Snapshot(
                without.ByName.SetItem(tenant.Name, tenant),
                tenant.UrlPrefix is { } prefix ? without.ByPrefix.SetItem(prefix, tenant) : without.ByPrefix,
                without.ByHost.SetItems(tenant.HostNames.Select(h => KeyValuePair.Create(h, tenant))));
        }

        public Snapshot Without(string name)
        {
            if (!ByName.TryGetValue(name, out var old))
            {
                return this;
            }
            return new Snapshot(
                ByName.Remove(name),
                old.UrlPrefix is { } prefix ? ByPrefix.Remove(prefix) : ByPrefix,
                ByHost.RemoveRange(old.HostNames));
        }
    }
}

public sealed record TenantMatch(Tenant Tenant, PathString PathBase);
