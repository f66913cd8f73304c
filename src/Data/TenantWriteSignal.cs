using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verkostoportaali.Data;

/// <summary>
/// Tells <see cref="TenantChanges"/> when a tenant's database has changed: after SaveChanges or a command that writes
/// (ExecuteUpdate, ExecuteDelete, raw SQL) when no transaction is open, otherwise when the transaction commits; not for a
/// context that does a module's bookkeeping (<see cref="IBookkeeping"/>). One per scope, whose tenant <paramref name="tenant"/> names.
/// </summary>
public sealed class TenantWriteSignal(TenantChanges changes, Func<string> tenant)
    : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private bool uncommitted;

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Wrote(eventData.Context, result);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Wrote(eventData.Context, result);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Wrote(eventData.Context, result);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Wrote(eventData.Context, result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => uncommitted = false;

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        uncommitted = false;
        return Task.CompletedTask;
    }

    private void Wrote(DbContext? context, int rows)
    {
        if (rows == 0 || context is IBookkeeping { IsBookkeeping: true })
        {
            return;
        }
        if (context?.Database.CurrentTransaction is null)
        {
            changes.TenantChanged(tenant());
            return;
        }
        uncommitted = true;
    }

    private void Committed()
    {
        if (uncommitted)
        {
            uncommitted = false;
            changes.TenantChanged(tenant());
        }
    }
}

/// <summary>A context whose writes may be a module's bookkeeping, which no page shows (e.g. how far search indexes have read).</summary>
public interface IBookkeeping
{
    bool IsBookkeeping { get; }
}
