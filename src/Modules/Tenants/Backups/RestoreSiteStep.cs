using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Tenants.Backups;

/// <summary>
/// <c>{ "name": "RestoreSite", "file": "…" }</c>: the last step of the in-memory recipe <see cref="SiteImport"/> runs,
/// after the export's features are enabled: each exported table's rows replace what the features wrote, in the
/// recipe's transaction, so a failure leaves no half-restored site. The rows fit the schema they came from, on either
/// database: each value is typed by its column in the model.
/// </summary>
public sealed class RestoreSiteStep(TenantDbContext db) : RecipeStep<RestoreSiteStep.Data>(StepName)
{
    public const string StepName = "RestoreSite";

    public sealed record Data(string File);

    public static JsonElement For(string file) => JsonSerializer.SerializeToElement(new { name = StepName, file });

    protected override async Task ExecuteAsync(Data step, RecipeContext context, CancellationToken cancellationToken)
    {
        using var zip = ZipFile.OpenRead(step.File);
        var manifest = await SiteArchive.ReadManifestAsync(zip, cancellationToken);
        var applied = await SiteExport.AppliedMigrationsAsync(db, cancellationToken);
        if (!applied.SequenceEqual(manifest.Migrations.Order(StringComparer.Ordinal)))
        {
            throw new SiteArchiveException("The export was made by a portal of another version (its database migrations differ): "
                + "import it into a portal of the same release, or upgrade that portal and export again.");
        }
        var order = SiteExport.Tables(db);
        var archived = SiteArchive.Tables(zip).ToDictionary(t => t.Table, t => t.Entry, StringComparer.Ordinal);
        if (archived.Keys.FirstOrDefault(t => !order.Contains(t)) is { } unknown)
        {
            throw new SiteArchiveException($"The export has a table '{unknown}' that no module of this portal has.");
        }
        var restored = order.Where(archived.ContainsKey).ToList();
        if (IsSqlite)
        {
            // SQLite checks references when the transaction commits (a row may refer to a later one of its own table).
            await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON", cancellationToken);
        }
        foreach (var table in Enumerable.Reverse(restored))
        {
            await ExecuteAsync($"""DELETE FROM "{table}" """, cancellationToken);
        }
        foreach (var table in restored)
        {
            await using var stream = await archived[table].OpenAsync(cancellationToken);
            using var rows = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            await InsertAsync(table, rows.RootElement, cancellationToken);
        }
    }

    private bool IsSqlite => db.Database.GetDbConnection() is SqliteConnection;

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task InsertAsync(string table, JsonElement data, CancellationToken cancellationToken)
    {
        var columns = SiteExport.Columns(db, table);
        var names = data.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        if (names.FirstOrDefault(c => !columns.ContainsKey(c)) is { } unknown)
        {
            throw new SiteArchiveException($"The export's table '{table}' has a column '{unknown}' that this portal's table has not.");
        }
        foreach (var row in data.GetProperty("rows").EnumerateArray())
        {
            await using var insert = db.Database.GetDbConnection().CreateCommand();
            insert.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            insert.CommandText = $"""INSERT INTO "{table}" ({string.Join(", ", names.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})""";
            var values = row.EnumerateArray().ToList();
            try
            {
                for (var i = 0; i < names.Count; i++)
                {
                    insert.Parameters.Add(ArchiveValues.Parameter(insert, "@p" + i, columns[names[i]], values[i]));
                }
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (Exception e) when (e is DbException or FormatException or InvalidCastException or OverflowException)
            {
                throw new SiteArchiveException($"A row of table '{table}' could not be restored: {e.Message}");
            }
        }
        if (!IsSqlite)
        {
            await ContinueIdentitiesAsync(table, columns.Values, cancellationToken);
        }
    }

    // The rows kept their keys; PostgreSQL's identity sequence would hand those out again, so it goes on after the largest.
    private async Task ContinueIdentitiesAsync(string table, IEnumerable<IColumn> columns, CancellationToken cancellationToken)
    {
        var keys = columns.Where(c => c.PropertyMappings[0].Property.ValueGenerated == ValueGenerated.OnAdd
            && (c.ProviderClrType == typeof(int) || c.ProviderClrType == typeof(long)));
        foreach (var column in keys.Select(c => c.Name))
        {
            await ExecuteAsync($"""
                SELECT setval(pg_get_serial_sequence('"{table}"', '{column}'), COALESCE(MAX("{column}"), 0) + 1, false) FROM "{table}"
                """, cancellationToken);
        }
    }
}
