using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verkostoportaali.Contents;
using Verkostoportaali.Contents.Admin;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Localization;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Data;

/// <summary>The portal on a real PostgreSQL server: host tables in their schema, each tenant in a schema of its own.</summary>
public sealed class PostgresTests(PostgresTestPortal portal) : IClassFixture<PostgresTestPortal>
{
    [Fact]
    public async Task Host_and_tenant_steps_run_from_empty_into_their_own_schemas()
    {
        var tenant = await portal.CreateTenantAsync();

        Assert.True(portal.Services.GetRequiredService<PortalDatabase>().IsPostgres);
        Assert.Contains(tenant.Name, portal.Registry.All.Select(t => t.Name));
        var tenantSteps = portal.Services.GetRequiredService<TenantMigrations>().Steps.SelectMany(m => m.Ids).Select(s => s.Id);
        Assert.Equal(tenantSteps.Order(StringComparer.Ordinal), await HistoryAsync(tenant.Name));
        Assert.Contains("Host.0001", await HistoryAsync(PortalDatabase.HostSchema));
        Assert.False(File.Exists(portal.Paths.ContentDatabase(tenant.Name)));
    }

    [Fact]
    public async Task A_tenant_reads_its_own_items_with_utc_times()
    {
        var one = await portal.CreateTenantAsync();
        var other = await portal.CreateTenantAsync();
        await using (var scope = portal.Scope(one))
        {
            var item = await TestPortal.Content(scope).NewAsync("Article");
            item.Apply(new TitlePart("Kylätalo"));
            await TestPortal.Content(scope).CreateAsync(item, publish: true);
        }

        await using var reading = portal.Scope(one);
        var stored = await reading.ServiceProvider.GetRequiredService<TenantDbContext>().Set<ContentItem>().SingleAsync();
        Assert.Equal("Kylätalo", stored.DisplayText);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedUtc.Kind);
        Assert.InRange(stored.CreatedUtc, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        await using var elsewhere = portal.Scope(other);
        Assert.Empty(await elsewhere.ServiceProvider.GetRequiredService<TenantDbContext>().Set<ContentItem>().ToListAsync());
    }

    [Fact]
    public async Task Removing_a_tenants_data_drops_its_schema()
    {
        var tenant = await portal.CreateTenantAsync();

        await portal.Setup.ResetAsync(tenant, CancellationToken.None);

        Assert.Empty(await HistoryAsync(tenant.Name));
    }

    [Fact]
    public async Task The_admin_lists_title_filter_ignores_case_and_takes_wildcards_literally()
    {
        var tenant = await portal.CreateTenantAsync();
        await using (var scope = portal.Scope(tenant))
        {
            foreach (var title in (string[])["Kylätalon Kevätjuhla", "Syysjuhla 100%", "Syysjuhla 1000"])
            {
                var item = await TestPortal.Content(scope).NewAsync("Article");
                item.Apply(new TitlePart(title));
                await TestPortal.Content(scope).CreateAsync(item, publish: true);
            }
        }

        await using var reading = portal.Scope(tenant);
        var list = reading.ServiceProvider.GetRequiredService<ContentList>();
        async Task<IEnumerable<string>> TitlesAsync(string text) =>
            (await list.FindAsync(new ContentFilter(["Article"], [], null, text, null, new ListPage(1, 0, null)), CancellationToken.None))
            .Rows.Select(r => r.Item.DisplayText);

        Assert.Equal(["Kylätalon Kevätjuhla"], await TitlesAsync("kylätalon kevät"));
        Assert.Equal(["Syysjuhla 100%"], await TitlesAsync("100%"));
    }

    private async Task<List<string>> HistoryAsync(string schema)
    {
        await using var connection = portal.Services.GetRequiredService<HostConnections>().Create();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT "MigrationId" FROM "{schema}"."__EFMigrationsHistory" ORDER BY "MigrationId"
            """;
        var ids = new List<string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
        }
        return ids;
    }
}
