using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Bench.Harness;

/// <summary>Creates many published items in a tenant through its <see cref="ContentManager"/>, as the admin and imports do.</summary>
public static class BulkContent
{
    /// <summary>Creates <paramref name="count"/> items of <paramref name="contentType"/>, each given its parts by <paramref name="fill"/> (item, number from 0).</summary>
    /// <returns>The created items, as saved (with their slugs).</returns>
    public static async Task<IReadOnlyList<ContentItem>> CreateAsync(TenantScopes scopes, Tenant tenant, string contentType, int count,
        Action<ContentItem, int> fill, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var created = new List<ContentItem>(count);
        // One transaction for all: SQLite syncs once instead of once per item.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < count; i++)
        {
            var item = await content.NewAsync(contentType, cancellationToken);
            fill(item, i);
            await content.CreateAsync(item, publish: true, cancellationToken);
            created.Add(item);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        return created;
    }
}
