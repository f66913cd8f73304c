using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Verkostoportaali.Data;

/// <summary>
/// One numbered step of a module's tables: a schema change in EF Core's provider-neutral <see cref="MigrationBuilder"/>
/// (no store types, so that SQLite and PostgreSQL each map the CLR types), or a data change. Steps are never edited once
/// released; a change is a new step.
/// </summary>
public sealed record MigrationStep(int Number, string Name)
{
    public Action<MigrationBuilder>? Schema { get; private init; }
    public Func<DbContext, ILogger, CancellationToken, Task>? Data { get; private init; }

    /// <summary>
    /// Whether the step made tables that <c>EnsureCreated</c> made before steps were recorded (up to commit 36ac78d),
    /// so that a database from then counts it as run.
    /// </summary>
    public bool Baseline { get; private init; }

    /// <summary>The one database (a tenant's name) whose data the step changes; null for every database.</summary>
    public string? OnlyIn { get; private init; }

    /// <summary>Step 1 of a module that had tables before steps were recorded.</summary>
    public static MigrationStep CreateTables(Action<MigrationBuilder> schema) => new(1, "Baseline") { Schema = schema, Baseline = true };

    public static MigrationStep SchemaStep(int number, string name, Action<MigrationBuilder> schema) => new(number, name) { Schema = schema };

    /// <summary>A data step; it logs what it changed.</summary>
    public static MigrationStep DataStep(int number, string name, Func<DbContext, ILogger, CancellationToken, Task> data) => new(number, name) { Data = data };

    /// <summary>
    /// A data step for one tenant's database only, such as the portal's. The others record it as run without running
    /// it, so every database's history still names every step.
    /// </summary>
    public static MigrationStep DataStepIn(string tenant, int number, string name, Func<DbContext, ILogger, CancellationToken, Task> data) =>
        new(number, name) { Data = data, OnlyIn = tenant };
}

/// <summary>A module's steps, named by the module for the history (<c>Projects.0002</c>).</summary>
public sealed record ModuleMigrations(string Module, IReadOnlyList<MigrationStep> Steps)
{
    public IEnumerable<(string Id, MigrationStep Step)> Ids => Steps.Select(s => ($"{Module}.{s.Number:0000}", s));
}
