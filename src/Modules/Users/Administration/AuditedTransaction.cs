using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Data;

namespace Verkostoportaali.Users.Administration;

/// <summary>
/// Runs Identity operations and their audit entry in one database transaction: Identity's stores save after each
/// operation, so without it a failing second step would leave the first one saved and unaudited.
/// </summary>
public sealed class AuditedTransaction(TenantDbContext db, IAuditLog audit)
{
    public async Task<IdentityResult> RunAsync(AuditEvent auditEvent, Func<Task<IdentityResult>> change, CancellationToken cancellationToken)
    {
        // A recipe may already run inside a transaction; the change then commits or rolls back with it.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await change();
        if (!result.Succeeded)
        {
            // Rolled back when the transaction is disposed; nothing of the refused change may be saved later.
            db.ChangeTracker.Clear();
            return result;
        }
        audit.Add(auditEvent);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>Runs the steps in order, stopping at the first that fails.</summary>
    public static async Task<IdentityResult> AllAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return result;
            }
        }
        return IdentityResult.Success;
    }
}
