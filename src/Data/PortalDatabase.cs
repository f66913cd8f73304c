using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Verkostoportaali.Data;

/// <summary>
/// The one place that names the database provider. SQLite is the embedded default: <c>host.db</c> and a <c>content.db</c>
/// per tenant. With <c>Portal:Database=PostgreSQL</c> and <c>ConnectionStrings:Postgres</c> everything lives in one
/// PostgreSQL database: the host tables in the schema <see cref="HostSchema"/> and each tenant's tables in a schema
/// named as the tenant (no tenant name has an underscore), all over one connection pool (bench/README.md says why).
/// </summary>
public sealed class PortalDatabase : IAsyncDisposable
{
    public const string HostSchema = "portal_host";

    private readonly NpgsqlDataSource? postgres;
    private readonly NpgsqlDataSource? hostPostgres;
    private readonly ConcurrentDictionary<string, bool> preparedSchemas = new(StringComparer.Ordinal);
    private readonly SqlitePools sqlitePools = new(TimeProvider.System);

    /// <param name="provider"><c>Portal:Database</c>: empty or <c>Sqlite</c>, or <c>PostgreSQL</c>.</param>
    /// <param name="postgresConnectionString"><c>ConnectionStrings:Postgres</c>, needed with PostgreSQL.</param>
    public PortalDatabase(string? provider, string? postgresConnectionString)
    {
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (!provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Portal:Database is '{provider}': use Sqlite or PostgreSQL.");
        }
        if (string.IsNullOrWhiteSpace(postgresConnectionString))
        {
            throw new InvalidOperationException("Portal:Database=PostgreSQL needs ConnectionStrings:Postgres.");
        }
        postgres = NpgsqlDataSource.Create(postgresConnectionString);
        hostPostgres = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(postgresConnectionString) { SearchPath = HostSchema }.ConnectionString);
    }

    /// <summary>The configuration's choice; checks outside the project use these names (<c>Portal__Database</c>, <c>ConnectionStrings__Postgres</c>).</summary>
    public static PortalDatabase From(IConfiguration configuration) =>
        new(configuration["Portal:Database"], configuration.GetConnectionString("Postgres"));

    public bool IsPostgres => postgres is not null;

    public void UseHost(DbContextOptionsBuilder options, string sqliteFile) => Use(options, SqliteConnectionString(sqliteFile), _ => HostSchema);

    // A tenant's connections are pooled, as each request opens its database several times; SqlitePools closes idle ones.
    public void UseTenant(DbContextOptionsBuilder options, string sqliteFile, string tenantName) =>
        Use(options, postgres is null ? sqlitePools.Use(sqliteFile, tenantName) : "", _ => tenantName);

    /// <summary>
    /// Options shared by the pooled contexts of every tenant: a context reaches a tenant's database once
    /// <see cref="LeaseTenant"/> has named it, as its <see cref="ITenantLease"/>.
    /// </summary>
    public DbContextOptionsBuilder UseTenants(DbContextOptionsBuilder options)
    {
        Use(options, null, context => (context as ITenantLease)?.TenantName ?? throw new InvalidOperationException("The context names no tenant."));
        return options;
    }

    /// <summary>Points a pooled context at the tenant's database.</summary>
    public void LeaseTenant(DbContext context, string sqliteFile, string tenantName)
    {
        if (postgres is null)
        {
            context.Database.SetConnectionString(sqlitePools.Use(sqliteFile, tenantName));
        }
    }

    /// <summary>A plain connection to the host tables, for reads before EF Core has built its model.</summary>
    public DbConnection CreateHostConnection(string sqliteFile) =>
        hostPostgres is not null ? hostPostgres.CreateConnection() : new SqliteConnection(SqliteConnectionString(sqliteFile));

    /// <summary>An unpooled connection string, for the host database and connections outside EF Core: SQLite's own pool
    /// would keep each file open for minutes after its last use (bench/README.md). An open costs about 1 ms.</summary>
    public static string SqliteConnectionString(string file) => SqlitePools.ConnectionString(file, pooled: false);

    /// <summary>Drops a tenant's tables; on SQLite they go with the tenant's folder, and its pooled connections are closed.</summary>
    public async Task DropTenantAsync(string tenantName, CancellationToken cancellationToken)
    {
        if (postgres is null)
        {
            sqlitePools.Clear(tenantName);
            return;
        }
        await using var command = postgres.CreateCommand($"DROP SCHEMA IF EXISTS {Quote(tenantName)} CASCADE");
        await command.ExecuteNonQueryAsync(cancellationToken);
        preparedSchemas.TryRemove(tenantName, out _);
    }

    public async ValueTask DisposeAsync()
    {
        sqlitePools.Dispose();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
        if (hostPostgres is not null)
        {
            await hostPostgres.DisposeAsync();
        }
    }

    // A list in a query (a page's row ids) is one parameter, as before EF Core 10: with one per value, EF Core made the
    // SQL again for each list length, on every list page.
    private static void OneCollectionParameter<TBuilder, TExtension>(RelationalDbContextOptionsBuilder<TBuilder, TExtension> options)
        where TBuilder : RelationalDbContextOptionsBuilder<TBuilder, TExtension> where TExtension : RelationalOptionsExtension, new() =>
        options.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

    // The schema is read from the context as it opens a connection or a transaction, so a pooled context serves any tenant.
    private void Use(DbContextOptionsBuilder options, string? sqliteConnectionString, Func<DbContext?, string> schemaOf)
    {
        if (postgres is null)
        {
            (sqliteConnectionString is null ? options.UseSqlite(OneCollectionParameter) : options.UseSqlite(sqliteConnectionString, OneCollectionParameter))
                .AddInterceptors(SqliteLocking.Instance);
            return;
        }
        options.UseNpgsql(postgres, OneCollectionParameter).AddInterceptors(new SchemaSearchPath(this, schemaOf), new SchemaWriteLock(schemaOf));
    }

    // Names are checked where they are made (letters, digits and hyphens); this only keeps a bad one out of SQL.
    private static string Quote(string schema) =>
        schema.Contains('"') || schema.Length is 0 or > 63 ? throw new ArgumentException($"Not a schema name: {schema}") : $"\"{schema}\"";

    /// <summary>
    /// What a connection runs when it opens: the schema as its search path. The first open in this process also makes
    /// the schema and its case-insensitive collation "NOCASE", the name queries use for SQLite's own (a store's
    /// set-up rather than a migration step: a step's tables are made in this schema).
    /// </summary>
    private string OpeningSql(string schema)
    {
        var searchPath = $"SET search_path TO {Quote(schema)};";
        // IF NOT EXISTS still fails when another session (a second node starting, a parallel first request) makes the
        // same object at the same moment; that one's object is as good.
        return preparedSchemas.ContainsKey(schema) ? searchPath : $"""
            DO $$ BEGIN CREATE SCHEMA IF NOT EXISTS {Quote(schema)}; EXCEPTION WHEN unique_violation THEN NULL; END $$;
            {searchPath}
            DO $$ BEGIN
                CREATE COLLATION IF NOT EXISTS "NOCASE" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
            EXCEPTION WHEN unique_violation THEN NULL; END $$;
            """;
    }

    /// <summary>
    /// Every transaction first takes its schema's write lock, as Microsoft.Data.Sqlite's <c>BEGIN IMMEDIATE</c> takes the
    /// file's: the code reads, decides and writes in one transaction (a free slug, the latest version, a pending step)
    /// and counts on no second writer in between, which PostgreSQL's read-committed transactions would allow.
    /// </summary>
    private sealed class SchemaWriteLock(Func<DbContext?, string> schemaOf) : DbTransactionInterceptor
    {
        private const string LockSql = "SELECT pg_advisory_xact_lock(hashtext(@schema))";

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            using var command = Command(connection, result, schemaOf(eventData.Context));
            command.ExecuteNonQuery();
            return result;
        }

        public override async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
            DbTransaction result, CancellationToken cancellationToken = default)
        {
            await using var command = Command(connection, result, schemaOf(eventData.Context));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return result;
        }

        private static NpgsqlCommand Command(DbConnection connection, DbTransaction transaction, string schema) =>
            new(LockSql, (NpgsqlConnection)connection, (NpgsqlTransaction)transaction) { Parameters = { new("schema", schema) } };
    }

    private sealed class SchemaSearchPath(PortalDatabase database, Func<DbContext?, string> schemaOf) : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            var schema = schemaOf(eventData.Context);
            using var command = connection.CreateCommand();
            command.CommandText = database.OpeningSql(schema);
            command.ExecuteNonQuery();
            database.preparedSchemas.TryAdd(schema, true);
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            var schema = schemaOf(eventData.Context);
            await using var command = connection.CreateCommand();
            command.CommandText = database.OpeningSql(schema);
            await command.ExecuteNonQueryAsync(cancellationToken);
            database.preparedSchemas.TryAdd(schema, true);
        }
    }
}
