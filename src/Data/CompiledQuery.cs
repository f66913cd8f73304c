using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Verkostoportaali.Data;

/// <summary>
/// A compiled EF Core query for each model it runs with. EF Core refuses to run a compiled query against another model
/// than the one it first ran with, and a process can hold several: one per database provider, and one per host when
/// tests start several portals.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = [];

    public TQuery For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
