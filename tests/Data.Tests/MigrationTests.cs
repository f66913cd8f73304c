using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Data.Tests;

public sealed class MigrationTests(TestPortal portal) : IClassFixture<TestPortal>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("vp-migrations-").FullName;

    public void Dispose() => DataFolders.Delete(folder);

    [Fact]
    public async Task The_steps_make_exactly_the_tables_columns_and_indexes_the_model_maps()
    {
        var tenant = await portal.CreateTenantAsync();
        var reference = Path.Combine(folder, "ensure-created.db");
        await using (var db = Context(reference))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var migrated = await SchemaAsync(portal.Paths.ContentDatabase(tenant.Name));

        Assert.Equal(await SchemaAsync(reference), migrated);
        Assert.Contains("index IX_ContentItems_Latest on ContentItems(ContentItemId) unique where \"Latest\"", migrated);
    }

    [Fact]
    public async Task A_database_made_before_steps_were_recorded_counts_its_baseline_as_run_and_runs_the_later_steps()
    {
        var file = Path.Combine(folder, "legacy.db");
        await using var db = Context(file);
        await db.Database.ExecuteSqlRawAsync("""CREATE TABLE "Things" ("Id" INTEGER NOT NULL PRIMARY KEY)""");

        var ran = await MigrationRunner.RunAsync(db, [Things(AddColour)], NullLogger.Instance, CancellationToken.None);

        Assert.Equal(["Things.0002"], ran);
        Assert.Contains("Colour", await SchemaAsync(file) is var schema ? string.Join(" ", schema) : "");
    }

    [Fact]
    public async Task A_new_database_runs_every_step_once_and_a_second_run_runs_none()
    {
        var file = Path.Combine(folder, "new.db");
        await using var db = Context(file);

        var first = await MigrationRunner.RunAsync(db, [Things(AddColour)], NullLogger.Instance, CancellationToken.None);
        var second = await MigrationRunner.RunAsync(db, [Things(AddColour)], NullLogger.Instance, CancellationToken.None);

        Assert.Equal(["Things.0001", "Things.0002"], first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task The_plain_check_says_all_applied_only_when_every_step_has_run()
    {
        var file = Path.Combine(folder, "check.db");
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        var beforeAny = await MigrationRunner.AllAppliedAsync(connection, [Things(AddColour)], CancellationToken.None);
        await using (var db = Context(file))
        {
            await MigrationRunner.RunAsync(db, [Things(AddColour) with { Steps = [Things(AddColour).Steps[0]] }], NullLogger.Instance,
                CancellationToken.None);
        }

        var withOneOfTwo = await MigrationRunner.AllAppliedAsync(connection, [Things(AddColour)], CancellationToken.None);
        await using (var db = Context(file))
        {
            await MigrationRunner.RunAsync(db, [Things(AddColour)], NullLogger.Instance, CancellationToken.None);
        }

        Assert.False(beforeAny);
        Assert.False(withOneOfTwo);
        Assert.True(await MigrationRunner.AllAppliedAsync(connection, [Things(AddColour)], CancellationToken.None));
    }

    [Fact]
    public async Task A_database_with_every_step_run_is_checked_without_a_command_of_ef_cores_history()
    {
        var file = Path.Combine(folder, "current.db");
        await using (var db = Context(file))
        {
            await MigrationRunner.RunAsync(db, [Things(AddColour)], NullLogger.Instance, CancellationToken.None);
        }
        var commands = new CommandCount();
        await using var again = Context(file, commands);

        var ran = await MigrationRunner.RunAsync(again, [Things(AddColour)], NullLogger.Instance, CancellationToken.None);

        Assert.Empty(ran);
        Assert.Equal(0, commands.Created);
    }

    [Fact]
    public async Task Two_processes_starting_together_run_a_step_once()
    {
        var file = Path.Combine(folder, "together.db");
        var runs = 0;
        var counted = MigrationStep.DataStep(2, "Count", (_, _, _) => Task.FromResult(Interlocked.Increment(ref runs)));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = Context(file);
            await MigrationRunner.RunAsync(db, [Things(counted)], NullLogger.Instance, CancellationToken.None);
        }));

        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_step_for_one_database_runs_only_there_and_is_recorded_as_run_everywhere()
    {
        var ranOn = new List<string>();
        var portalOnly = MigrationStep.DataStepIn("default", 2, "Portal data", (db, _, _) =>
        {
            ranOn.Add(Path.GetFileNameWithoutExtension(db.Database.GetDbConnection().DataSource));
            return Task.CompletedTask;
        });
        var recorded = new List<IReadOnlyList<string>>();

        foreach (var database in new[] { "default", "kylat" })
        {
            await using var db = Context(Path.Combine(folder, database + ".db"));
            recorded.Add(await MigrationRunner.RunAsync(db, [Things(portalOnly)], database, NullLogger.Instance, CancellationToken.None));
        }

        Assert.Equal(["default"], ranOn);
        Assert.All(recorded, ids => Assert.Equal(["Things.0001", "Things.0002"], ids));
    }

    [Fact]
    public async Task A_failing_step_leaves_its_changes_undone_and_runs_again_next_time()
    {
        var file = Path.Combine(folder, "failing.db");
        await using var db = Context(file);
        var failing = MigrationStep.SchemaStep(2, "Colour, then a failure", b =>
        {
            b.AddColumn<string>(name: "Colour", table: "Things", nullable: true);
            b.Sql("SELECT no_such_function()");
        });

        await Assert.ThrowsAsync<SqliteException>(() => MigrationRunner.RunAsync(db, [Things(failing)], NullLogger.Instance, CancellationToken.None));
        var ran = await MigrationRunner.RunAsync(db, [Things(AddColour)], NullLogger.Instance, CancellationToken.None);

        Assert.Equal(["Things.0002"], ran);
    }

    [Fact]
    public async Task Duplicate_current_versions_and_shared_slugs_left_by_older_releases_are_repaired_keeping_the_newest()
    {
        var file = Path.Combine(folder, "duplicates.db");
        await using var db = Context(file);
        await MigrationRunner.RunAsync(db, [CoreMigrations.Tenant with { Steps = [CoreMigrations.Tenant.Steps[0]] }], NullLogger.Instance, CancellationToken.None);
        await InsertVersionsAsync(db, ("a", 1, true, true, "kyla"), ("a", 2, true, true, "kyla"), ("a", 3, true, false, "kyla"),
            ("b", 4, true, true, "kyla"));

        await MigrationRunner.RunAsync(db, [CoreMigrations.Tenant], NullLogger.Instance, CancellationToken.None);

        var rows = await db.Set<ContentItem>().AsNoTracking().OrderBy(i => i.Id).ToListAsync();
        Assert.Equal([3], rows.Where(r => r.ContentItemId == "a" && r.Latest).Select(r => r.Id));
        Assert.Equal([2], rows.Where(r => r.ContentItemId == "a" && r.Published).Select(r => r.Id));
        Assert.Equal("kyla", rows.Single(r => r.Id == 2).Slug);
        Assert.Equal("kyla-2", rows.Single(r => r.Id == 4).Slug);
    }

    private static readonly MigrationStep AddColour =
        MigrationStep.SchemaStep(2, "Colour", b => b.AddColumn<string>(name: "Colour", table: "Things", nullable: true));

    private static ModuleMigrations Things(MigrationStep second) => new("Things",
    [
        MigrationStep.CreateTables(b => b.CreateTable("Things", t => new { Id = t.Column<int>(nullable: false) },
            constraints: t => t.PrimaryKey("PK_Things", x => x.Id))),
        second,
    ]);

    // EF Core caches one model per context type for the whole process: every context here maps the portal's modules,
    // or whichever test ran first would decide the model of the others.
    private TenantDbContext Context(string file, params IInterceptor[] interceptors) => new(new DbContextOptionsBuilder<TenantDbContext>()
        .UseSqlite($"Data Source={file};Pooling=false").UseApplicationServiceProvider(portal.Services).AddInterceptors(interceptors).Options);

    /// <summary>Counts the commands EF Core makes; the runner's plain check is not one of them.</summary>
    private sealed class CommandCount : DbCommandInterceptor
    {
        public int Created { get; private set; }

        public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
        {
            Created++;
            return result;
        }
    }

    private static async Task InsertVersionsAsync(DbContext db, params (string Item, int Id, bool Latest, bool Published, string Slug)[] versions)
    {
        foreach (var (item, id, latest, published, slug) in versions)
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "ContentItems" ("Id", "ContentItemId", "VersionId", "ContentType", "Latest", "Published", "Culture",
                    "DisplayText", "Slug", "CreatedUtc", "ModifiedUtc", "PublishedUtc", "Data")
                VALUES ({0}, {1}, {2}, 'Article', {3}, {4}, 'fi', 'Kylä', {5}, '2026-01-01', '2026-01-01', {6}, {7})
                """, id, item, "v" + id, latest, published, slug, $"2026-01-0{id}", """{"AutoroutePart":{"slug":"kyla"}}""");
        }
    }

    // The schema as SQLite reports it, one line per table, column, foreign key and index, sorted: comparable across two files.
    private static async Task<List<string>> SchemaAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        var lines = new List<string>();
        foreach (var table in await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'"))
        {
            lines.Add($"table {table[0]}");
            lines.AddRange((await ReadAsync(connection, $"PRAGMA table_info(\"{table[0]}\")"))
                .Select(c => $"column {table[0]}.{c[1]} {c[2]} notnull={c[3]} pk={c[5]}"));
            lines.AddRange((await ReadAsync(connection, $"PRAGMA foreign_key_list(\"{table[0]}\")"))
                .Select(f => $"foreign key {table[0]}.{f[3]} -> {f[2]}.{f[4]} on delete {f[6]}"));
            foreach (var index in await ReadAsync(connection, $"PRAGMA index_list(\"{table[0]}\")"))
            {
                var columns = (await ReadAsync(connection, $"PRAGMA index_info(\"{index[1]}\")")).Select(c => c[2]);
                var sql = (await ReadAsync(connection, $"SELECT sql FROM sqlite_master WHERE name = '{index[1]}'")).Single()[0];
                var filter = sql.Contains(" WHERE ", StringComparison.Ordinal) ? " where " + sql[(sql.IndexOf(" WHERE ", StringComparison.Ordinal) + 7)..] : "";
                lines.Add($"index {index[1]} on {table[0]}({string.Join(", ", columns)}){(index[2] == "1" ? " unique" : "")}{filter}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> ReadAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)]);
        }
        return rows;
    }
}
