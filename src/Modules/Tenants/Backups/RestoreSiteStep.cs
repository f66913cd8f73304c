using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Recipes;

namespace Verkostoportaali.Tenants.Backups;

/// <summary>
/// <c>{ "name": "RestoreSite", "file": "…" }</c>: the last step of the in-memory recipe <see cref="SiteImport"/> runs,
/// after the export's features are enabled: each exported table's rows replace what the features wrote, in the
/// recipe's transaction, so a failure leaves no half-restored site. The rows fit only the schema they came from.
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
        var known = SiteExport.Tables(db).ToHashSet(StringComparer.Ordinal);
        // Rows refer to each other (a user's roles); SQLite checks the references when the transaction commits.
        await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON", cancellationToken);
        foreach (var (table, entry) in SiteArchive.Tables(zip))
        {
            if (!known.Contains(table))
            {
                throw new SiteArchiveException($"The export has a table '{table}' that no module of this portal has.");
            }
            await using var stream = await entry.OpenAsync(cancellationToken);
            using var rows = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            await ReplaceAsync(table, rows.RootElement, cancellationToken);
        }
    }

    private async Task ReplaceAsync(string table, JsonElement data, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using (var clear = connection.CreateCommand())
        {
            clear.Transaction = transaction;
            clear.CommandText = $"""DELETE FROM "{table}" """;
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        var columns = data.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})""";
        var parameters = columns.Select((_, i) => Parameter(insert, "@p" + i)).ToList();
        foreach (var row in data.GetProperty("rows").EnumerateArray())
        {
            var values = row.EnumerateArray().ToList();
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = Value(values[i]);
            }
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e)
            {
                throw new SiteArchiveException($"A row of table '{table}' could not be restored: {e.Message}");
            }
        }
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static object Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => DBNull.Value,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.Object => value.GetProperty("base64").GetBytesFromBase64(),
        _ => throw new SiteArchiveException($"A value of kind {value.ValueKind} is not a database value."),
    };
}
