using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Integration.Tests.Upgrade;

/// <summary>
/// The portal started on an earlier release's data folder upgrades every site after start-up, with no request reaching
/// any of them, and logs how many sites ran each step. Its own fixture, so that no other test's request comes first.
/// </summary>
public sealed class UpgradeSweepTests(UpgradedPortals portals) : IClassFixture<UpgradedPortals>
{
    private static readonly TimeSpan SweepLimit = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(UpgradeTests.Fixtures), MemberType = typeof(UpgradeTests))]
    public async Task Every_site_is_upgraded_without_a_request_and_the_log_counts_the_sites_per_step(string fixture)
    {
        var portal = await portals.StartedAsync(fixture);
        var sites = portal.Manifest.Tenants.Where(t => t.State is "Running" or "Disabled").Select(t => t.Name).ToList();
        // Which steps a fixture lacks depends on its release; every site lacks the same ones, so each is counted in all of them.
        var expected = $" ran in {sites.Count} tenants.";
        bool Counted() => portal.Log.Any(l => l.StartsWith("Migration step ", StringComparison.Ordinal) && l.EndsWith(expected, StringComparison.Ordinal));

        // The sweep's last act is this log: wait for it, not for a time.
        var deadline = DateTime.UtcNow + SweepLimit;
        while (!Counted() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(Counted(), $"No line 'Migration step …{expected}' in the log:\n{string.Join("\n", portal.Log.Where(l => l.Contains("Migration")))}");
        var paths = portal.Services.GetRequiredService<TenantDataPaths>();
        var steps = portal.Services.GetRequiredService<TenantMigrations>().Steps.SelectMany(m => m.Ids).Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        Assert.All(sites, site => Assert.Equal(steps, History(TenantDatabase.ConnectionString(paths, site))));
    }

    // Read from the file, beside the portal: the portal's own reads would upgrade the site themselves.
    private static List<string> History(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" COLLATE BINARY""";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
