using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Data;

/// <summary>
/// Runs the steps a database has not run yet, in order. Each step is one write transaction that first asks the history
/// again, so a second node or an ops command starting at the same moment never runs a step twice. The history is
/// EF Core's own table and SQL for each provider, one row per step id; EF Core's migrations themselves are not used,
/// because they belong to one assembly and one provider, while each module here brings its own steps.
/// </summary>
public static class MigrationRunner
{
    /// <summary>Runs the pending steps; returns the ids of those this call ran.</summary>
    public static Task<IReadOnlyList<string>> RunAsync(DbContext db, IEnumerable<ModuleMigrations> modules, ILogger logger,
        CancellationToken cancellationToken) => RunAsync(db, modules, database: null, logger, cancellationToken);

    /// <summary>Runs the pending steps of the named <paramref name="database"/> (a tenant's name), which steps for one database ask for.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(DbContext db, IEnumerable<ModuleMigrations> modules, string? database, ILogger logger,
        CancellationToken cancellationToken)
    {
        // Nearly every run (each tenant's check after a restart) finds nothing to do: one plain query says so, without EF
        // Core's history repository, which builds a model per context. At 1,000 sites /health/ready came 40 % sooner.
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (await AllAppliedAsync(db.Database.GetDbConnection(), modules, cancellationToken))
        {
            return [];
        }
        var steps = modules.SelectMany(m => m.Ids).ToList();
        var history = db.GetService<IHistoryRepository>();
        var applied = await AppliedAsync(db, history, steps, cancellationToken);
        var ran = new List<string>();
        foreach (var (id, step) in steps.Where(s => !applied.Contains(s.Id)))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if ((await history.GetAppliedMigrationsAsync(cancellationToken)).Any(r => r.MigrationId == id))
            {
                continue;
            }
            if (step.OnlyIn is null || step.OnlyIn == database)
            {
                await RunStepAsync(db, step, logger, cancellationToken);
            }
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(Row(id, step)), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            ran.Add(id);
        }
        return ran;
    }

    /// <summary>
    /// Whether every step has run, asked with one plain query: at start this spares EF Core's first model build and
    /// query compilation (a fifth of a second). False when the history cannot be read, as in a new database: then
    /// <c>RunAsync</c> runs, and creates the history or reports what is wrong.
    /// </summary>
    public static async Task<bool> AllAppliedAsync(DbConnection connection, IEnumerable<ModuleMigrations> modules,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (DbException)
        {
            return false;
        }
        return modules.SelectMany(m => m.Ids).All(step => applied.Contains(step.Id));
    }

    private static async Task RunStepAsync(DbContext db, MigrationStep step, ILogger logger, CancellationToken cancellationToken)
    {
        if (step.Schema is { } schema)
        {
            var builder = new MigrationBuilder(db.Database.ProviderName);
            schema(builder);
            if (db.Database.IsNpgsql())
            {
                PostgresIdentity.Add(builder.Operations);
            }
            foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(builder.Operations))
            {
                await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
            }
        }
        if (step.Data is { } data)
        {
            await data(db, logger, cancellationToken);
        }
    }

    // A database without a history: new, or made by EnsureCreated before steps were recorded, which made the baselines' tables.
    private static async Task<HashSet<string>> AppliedAsync(DbContext db, IHistoryRepository history,
        IReadOnlyList<(string Id, MigrationStep Step)> steps, CancellationToken cancellationToken)
    {
        // Only SQLite files are that old. On PostgreSQL the history is made if missing each time: Npgsql's test for it
        // answered yes in a tenant's new schema, where there was none.
        var sqlite = db.Database.IsSqlite();
        if (!sqlite || !await history.ExistsAsync(cancellationToken))
        {
            var madeBeforeSteps = sqlite && await db.GetService<IRelationalDatabaseCreator>().HasTablesAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
            var recorded = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(r => r.MigrationId).ToHashSet();
            foreach (var (id, step) in steps.Where(s => madeBeforeSteps && s.Step.Baseline && !recorded.Contains(s.Id)))
            {
                await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(Row(id, step)), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return [.. (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(r => r.MigrationId)];
    }

    // EF Core's ProductVersion column (32 characters) holds the step's name, for people reading the table.
    private static HistoryRow Row(string id, MigrationStep step) => new(id, step.Name.Length <= 32 ? step.Name : step.Name[..32]);
}
