using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Data;

/// <summary>A save while someone else reads or writes the same tenant database: it waits for its turn, it never fails.</summary>
public sealed class SqliteLockingTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task A_save_succeeds_while_another_connection_holds_a_read_transaction_open()
    {
        var tenant = await portal.CreateTenantAsync();
        await using var reader = await OpenAsync(tenant.Name);
        await using var readTransaction = reader.BeginTransaction(deferred: true);
        var before = await CountAsync(reader);

        await using (var scope = portal.Scope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            db.ContentItems.Add(new ContentItem { ContentItemId = "lukija", VersionId = "v1", ContentType = "Article", Latest = true });
            await db.SaveChangesAsync();
        }

        Assert.Equal(before, await CountAsync(reader));
        await readTransaction.CommitAsync();
        Assert.Equal(before + 1, await CountAsync(reader));
    }

    [Fact]
    public async Task A_save_waits_for_another_connections_write_and_both_are_kept()
    {
        var tenant = await portal.CreateTenantAsync();
        await using var writer = await OpenAsync(tenant.Name);
        var writeTransaction = await writer.BeginTransactionAsync();
        await using (var insert = writer.CreateCommand())
        {
            insert.CommandText = """INSERT INTO "ContentItems" ("ContentItemId", "VersionId", "ContentType", "Latest", "Published", "Culture", "DisplayText", "CreatedUtc", "ModifiedUtc", "Data", "Revision") VALUES ('toinen', 'toinen-v1', 'Article', 1, 0, 'fi', '', '2026-01-01', '2026-01-01', '{}', 0)""";
            await insert.ExecuteNonQueryAsync();
        }

        var save = Task.Run(async () =>
        {
            await using var scope = portal.Scope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            db.ContentItems.Add(new ContentItem { ContentItemId = "ensimmainen", VersionId = "ensimmainen-v1", ContentType = "Article", Latest = true });
            await db.SaveChangesAsync();
        });
        await Task.Delay(300);
        Assert.False(save.IsCompleted);
        await writeTransaction.CommitAsync();
        await save;

        Assert.Equal(2, await CountAsync(writer));
    }

    private async Task<SqliteConnection> OpenAsync(string tenantName)
    {
        var connection = new SqliteConnection(TenantDatabase.ConnectionString(portal.Paths, tenantName));
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<long> CountAsync(SqliteConnection connection)
    {
        await using var count = connection.CreateCommand();
        count.CommandText = """SELECT COUNT(*) FROM "ContentItems" """;
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
