using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verkostoportaali.Data;

/// <summary>
/// Tells <see cref="TenantChanges"/> when a tenant's database has changed: after SaveChanges or a command that writes
/// (ExecuteUpdate, ExecuteDelete, raw SQL) when no transaction is open, otherwise when the transaction commits; not for a
/// context that does a module's bookkeeping (<see cref="ITenantLease.IsBookkeeping"/>). One for all tenants: the context
/// is the <see cref="ITenantLease"/> that names its tenant and keeps its uncommitted writes.
/// </summary>
public sealed class TenantWriteSignal(TenantChanges changes) : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => RolledBack(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        RolledBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void Wrote(DbContext? context, int rows)
    {
        if (rows == 0 || context is not ITenantLease { IsBookkeeping: false } lease)
        {
            return;
        }
        if (context.Database.CurrentTransaction is null)
        {
            changes.TenantChanged(lease.TenantName);
            return;
        }
        lease.HasUncommittedWrites = true;
    }

    private void Committed(DbContext? context)
    {
        if (context is ITenantLease { HasUncommittedWrites: true } lease)
        {
            lease.HasUncommittedWrites = false;
            changes.TenantChanged(lease.TenantName);
        }
    }

    private static void RolledBack(DbContext? context)
    {
        if (context is ITenantLease lease)
        {
            lease.HasUncommittedWrites = false;
        }
    }
}

/// <summary>A pooled context as one tenant's scope holds it: what the interceptors all tenants share read of it.</summary>
public interface ITenantLease
{
    string TenantName { get; }

    /// <summary>Whether its writes are a module's bookkeeping, which no page shows (e.g. how far search indexes have read).</summary>
    bool IsBookkeeping { get; }

    /// <summary>Whether the open transaction has written, to be told when it commits.</summary>
    bool HasUncommittedWrites { get; set; }
}
