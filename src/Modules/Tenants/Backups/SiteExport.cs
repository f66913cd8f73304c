using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants.Backups;

/// <summary>
/// <c>tenants export</c>: every table of a site's database, read in one transaction so that the file is one moment's
/// state while the site goes on being edited. Accounts go without their password hashes unless asked for.
/// </summary>
public sealed class SiteExport(TenantRegistry registry, TenantScopes scopes, TimeProvider clock)
{
    public const string UsersTable = "Users";
    // Remembered logins and authenticator keys belong to the accounts' passwords.
    public const string AccountTokensTable = "UserTokens";
    // Bookkeeping the importing portal makes anew: its search outbox (the index is rebuilt) and mail not yet sent.
    private static readonly HashSet<string> NotExported = new(["SearchTasks", "MailOutbox"], StringComparer.Ordinal);

    public async Task<SiteManifest> ExportAsync(string name, Stream to, bool withAccounts, CancellationToken cancellationToken)
    {
        var tenant = registry.Find(name) is { State: TenantState.Running or TenantState.Disabled, IsDefault: false } found ? found
            : throw new SiteArchiveException($"There is no site named '{name}' that could be exported.");
        await using var scope = scopes.Create(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        await using var transaction = await ReadTransactionAsync(db, cancellationToken);
        var manifest = new SiteManifest(SiteArchive.Format, tenant.Name, tenant.DisplayName, tenant.Region, tenant.ListedInPortalSearch, tenant.Recipe,
            tenant.Features, await AppliedMigrationsAsync(db, cancellationToken), withAccounts, clock.GetUtcNow().UtcDateTime);
        using var zip = new ZipArchive(to, ZipArchiveMode.Create, leaveOpen: true);
        await SiteArchive.WriteManifestAsync(zip, manifest, cancellationToken);
        foreach (var table in Tables(db).Where(t => withAccounts || t != AccountTokensTable))
        {
            await using var stream = await SiteArchive.CreateTableAsync(zip, table, cancellationToken);
            await WriteTableAsync(db, table, stream, scrubPasswords: table == UsersTable && !withAccounts, cancellationToken);
        }
        return manifest;
    }

    /// <summary>
    /// The tables the site's modules map, without the bookkeeping a portal makes anew, each after the tables its rows
    /// refer to: PostgreSQL checks a reference at each row, so a restore inserts in this order and deletes in reverse.
    /// </summary>
    public static IReadOnlyList<string> Tables(DbContext db)
    {
        var tables = db.Model.GetRelationalModel().Tables.Where(t => !NotExported.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(t => t.Name, t => t.ForeignKeyConstraints.Select(k => k.PrincipalTable.Name).ToList(), StringComparer.Ordinal);
        var ordered = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string table)
        {
            if (seen.Add(table))
            {
                tables[table].Where(tables.ContainsKey).ToList().ForEach(Add);
                ordered.Add(table);
            }
        }
        tables.Keys.ToList().ForEach(Add);
        return ordered;
    }

    /// <summary>The columns of <paramref name="table"/> as the model maps them (a complex property's too).</summary>
    public static IReadOnlyDictionary<string, IColumn> Columns(DbContext db, string table) =>
        db.Model.GetRelationalModel().Tables.Single(t => t.Name == table).Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(DbContext db, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"""SELECT "MigrationId" FROM "{HistoryRepository.DefaultTableName}" ORDER BY "MigrationId" """;
        var applied = new List<string>();
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            applied.Add(rows.GetString(0));
        }
        return applied;
    }

    // SQLite's BEGIN IMMEDIATE would hold off every writer for the whole export; a deferred one reads a snapshot (WAL).
    private static async Task<IDbContextTransaction> ReadTransactionAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return db.Database.GetDbConnection() is SqliteConnection sqlite
            ? await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: true), cancellationToken) ?? throw new InvalidOperationException("No transaction.")
            : await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
    }

    private static async Task WriteTableAsync(DbContext db, string table, Stream stream, bool scrubPasswords, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"""SELECT * FROM "{table}" """;
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteStartArray("columns");
        var columns = Enumerable.Range(0, rows.FieldCount).Select(rows.GetName).ToList();
        columns.ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteStartArray("rows");
        while (await rows.ReadAsync(cancellationToken))
        {
            json.WriteStartArray();
            for (var i = 0; i < columns.Count; i++)
            {
                ArchiveValues.Write(json, scrubPasswords ? Scrubbed(columns[i], rows, i) : rows.GetValue(i));
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Without its hash the account has no password: its owner sets one with the forgotten-password link.
    private static object Scrubbed(string column, DbDataReader rows, int index) => column switch
    {
        "PasswordHash" => DBNull.Value,
        "SecurityStamp" => Guid.NewGuid().ToString("N").ToUpperInvariant(),
        _ => rows.GetValue(index),
    };
}
