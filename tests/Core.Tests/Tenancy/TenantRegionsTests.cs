using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Tenancy;

/// <summary>Host step 2 turns the Finnish region names that releases up to 36ac78d stored into term ids.</summary>
public sealed class TenantRegionsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("vp-host-").FullName;

    private sealed record Row(string Name, string? Region);

    public void Dispose() => DataFolders.Delete(folder);

    [Fact]
    public async Task Finnish_region_names_become_ids_while_ids_and_empty_regions_stay()
    {
        await using var db = await HostWithRegionsAsync(("a", "Päijät-Häme"), ("b", "keski-suomi"), ("c", null));

        await MigrationRunner.RunAsync(db, [CoreMigrations.Host], NullLogger.Instance, CancellationToken.None);

        Assert.Equal([new Row("a", "paijat-hame"), new Row("b", "keski-suomi"), new Row("c", null)], await RegionsAsync(db));
    }

    [Fact]
    public async Task A_value_that_is_no_region_name_is_kept_as_it_was_and_logged_as_a_warning()
    {
        await using var db = await HostWithRegionsAsync(("a", "Lappi / Lappland"));
        var log = new LogCapture(LogLevel.Warning);

        await MigrationRunner.RunAsync(db, [CoreMigrations.Host], log.CreateLogger("host"), CancellationToken.None);

        Assert.Equal([new Row("a", "Lappi / Lappland")], await RegionsAsync(db));
        Assert.Contains(log.Messages, m => m.Contains("'Lappi / Lappland' is not a region's name", StringComparison.Ordinal));
    }

    // A host database as the release before the step left it: the baseline table, regions by name.
    private async Task<HostDbContext> HostWithRegionsAsync(params (string Name, string? Region)[] tenants)
    {
        var file = Path.Combine(folder, "host.db");
        var db = new HostDbContext(new DbContextOptionsBuilder<HostDbContext>().UseSqlite($"Data Source={file};Pooling=false").Options);
        await MigrationRunner.RunAsync(db, [CoreMigrations.Host with { Steps = [CoreMigrations.Host.Steps[0]] }], NullLogger.Instance, CancellationToken.None);
        foreach (var (name, region) in tenants)
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "Tenants" ("Name", "DisplayName", "State", "HostNames", "Region", "ListedInPortalSearch", "Features", "CreatedUtc")
                VALUES (@name, @name, 'Running', '[]', @region, 1, '[]', '2026-01-01 00:00:00')
                """, new SqliteParameter("@name", name), new SqliteParameter("@region", (object?)region ?? DBNull.Value));
        }
        return db;
    }

    private static async Task<List<Row>> RegionsAsync(HostDbContext db) =>
        await db.Database.SqlQueryRaw<Row>("""SELECT "Name", "Region" FROM "Tenants" ORDER BY "Name" """).ToListAsync();
}
