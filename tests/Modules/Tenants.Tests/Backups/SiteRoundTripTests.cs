using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Tests.Commands;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Backups;

/// <summary>A demo site exported from SQLite, imported into a portal on PostgreSQL, exported there and imported back.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class SiteRoundTripTests(PortalHost sqlite) : IAsyncLifetime
{
    // The demo's Green Care site: providers, networks, events, service needs, taxonomies, media, users and versions.
    private const string DemoSite = "green-care-keski-suomi";
    private readonly string folder = Directory.CreateTempSubdirectory("vp-roundtrip-").FullName;
    private PortalHost postgres = null!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        postgres = PortalHost.OnDataFolder(Path.Combine(folder, "pg-data"), "portal",
            PostgresServer.PortalSettings(await server.CreateDatabaseAsync("roundtrip")));
        await postgres.InitializeAsync();
    }

    [Fact]
    public async Task A_site_goes_from_SQLite_to_PostgreSQL_and_back_with_every_row_as_it_was()
    {
        var (original, fromPostgres, back) = (Path.Combine(folder, "1.zip"), Path.Combine(folder, "2.zip"), Path.Combine(folder, "3.zip"));
        var (onPostgres, onSqlite) = (NewSites.UniqueName(), NewSites.UniqueName());

        var steps = new[]
        {
            await CommandLine.RunAsync(sqlite, "tenants", "export", DemoSite, "--to", original, "--with-accounts"),
            await CommandLine.RunAsync(postgres, "tenants", "import", "--from", original, "--name", onPostgres),
            await CommandLine.RunAsync(postgres, "tenants", "export", onPostgres, "--to", fromPostgres, "--with-accounts"),
            await CommandLine.RunAsync(sqlite, "tenants", "import", "--from", fromPostgres, "--name", onSqlite),
            await CommandLine.RunAsync(sqlite, "tenants", "export", onSqlite, "--to", back, "--with-accounts"),
        };

        Assert.All(steps, s => Assert.True(s.ExitCode == 0, s.Error));
        var before = Tables(original);
        Assert.Contains("ContentItems", before.Keys);
        Assert.True(before["ContentItems"].GetProperty("rows").GetArrayLength() > 10, "the demo site has content");
        Assert.Equal(before.Keys.Order(), Tables(back).Keys.Order());
        foreach (var (table, rows) in Tables(back))
        {
            Assert.Equal(before[table].GetProperty("columns").GetRawText(), rows.GetProperty("columns").GetRawText());
            Assert.Equal(Rows(before[table]), Rows(rows));
        }
        Assert.Equal(HttpStatusCode.OK, (await postgres.CreateClient().GetAsync($"/{onPostgres}/")).StatusCode);
    }

    [Fact]
    public async Task A_site_imported_into_PostgreSQL_takes_new_content_after_its_restored_keys()
    {
        var file = Path.Combine(folder, "site.zip");
        var name = NewSites.UniqueName();
        await CommandLine.RunAsync(sqlite, "tenants", "export", DemoSite, "--to", file);
        var imported = await CommandLine.RunAsync(postgres, "tenants", "import", "--from", file, "--name", name);
        Assert.True(imported.ExitCode == 0, imported.Error);
        var site = postgres.Services.GetRequiredService<TenantRegistry>().Find(name)!;

        await postgres.InTenantAsync<ContentManager, ContentItem>(site, async content =>
        {
            var item = (await content.NewAsync("Network")).Apply(new TitlePart("Uusi verkosto tuonnin jälkeen")).Apply(new AutoroutePart());
            await content.CreateAsync(item, publish: true);
            return item;
        });

        var listed = await postgres.CreateClient().GetStringAsync($"/{name}/api/content?type=Network");
        Assert.Contains("Uusi verkosto tuonnin jälkeen", listed, StringComparison.Ordinal);
    }

    // PostgreSQL keeps a time to the microsecond, SQLite to the tenth of one: the seventh digit does not come back.
    private static List<string> Rows(JsonElement table) => [.. table.GetProperty("rows").EnumerateArray()
        .Select(r => Microseconds().Replace(r.GetRawText(), m => m.Groups[2].Value[..Math.Min(6, m.Groups[2].Length)].TrimEnd('0') is { Length: > 0 } fraction
            ? $"{m.Groups[1].Value}.{fraction}" : m.Groups[1].Value))];

    [GeneratedRegex(@"(\d{2}:\d{2}:\d{2})\.(\d+)")]
    private static partial Regex Microseconds();

    private static Dictionary<string, JsonElement> Tables(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        return zip.Entries.Where(e => e.FullName.StartsWith("tables/", StringComparison.Ordinal)).ToDictionary(
            e => e.FullName["tables/".Length..^".json".Length],
            e =>
            {
                using var stream = e.Open();
                return JsonDocument.Parse(stream).RootElement.Clone();
            });
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)postgres).DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
