using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Data.Tests;

public sealed class TenantWriteSignalTests(TestPortal portal) : IClassFixture<TestPortal>
{
    private const string Touch = """UPDATE "ContentItems" SET "DisplayText" = "DisplayText" """;

    [Fact]
    public async Task A_write_in_a_transaction_counts_when_it_commits_not_before()
    {
        var (tenant, scope, db) = await TenantWithAnItemAsync();
        await using var _ = scope;
        var changes = portal.Services.GetRequiredService<TenantChanges>();
        var before = changes.Of(tenant.Name);

        long inTransaction;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync(Touch);
            inTransaction = changes.Of(tenant.Name);
            await transaction.CommitAsync();
        }

        Assert.Equal(before, inTransaction);
        Assert.Equal(before + 1, changes.Of(tenant.Name));
    }

    [Fact]
    public async Task A_rolled_back_write_and_a_module_s_bookkeeping_do_not_count()
    {
        var (tenant, scope, db) = await TenantWithAnItemAsync();
        await using var _ = scope;
        var changes = portal.Services.GetRequiredService<TenantChanges>();
        var before = changes.Of(tenant.Name);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync(Touch);
            await transaction.RollbackAsync();
        }
        db.IsBookkeeping = true;
        await db.Database.ExecuteSqlRawAsync(Touch);

        Assert.Equal(before, changes.Of(tenant.Name));
    }

    [Fact]
    public async Task Publishing_counts_for_its_tenant_only()
    {
        var (tenant, scope, _) = await TenantWithAnItemAsync();
        await using var __ = scope;
        var other = await portal.CreateTenantAsync();
        var changes = portal.Services.GetRequiredService<TenantChanges>();
        var (before, otherBefore) = (changes.Of(tenant.Name), changes.Of(other.Name));

        var item = (await TestPortal.Content(scope).NewAsync("Article")).Apply(new TitlePart("Toinen uutinen"));
        await TestPortal.Content(scope).CreateAsync(item, publish: true);

        Assert.True(changes.Of(tenant.Name) > before);
        Assert.Equal(otherBefore, changes.Of(other.Name));
    }

    [Fact]
    public async Task A_pooled_context_another_tenant_leases_next_reads_and_signals_that_tenant_only()
    {
        var (first, scope, db) = await TenantWithAnItemAsync();
        var second = await portal.CreateTenantAsync();
        db.IsBookkeeping = true;
        // The portal's background services are not started: nothing else leases the context in between.
        await scope.DisposeAsync();
        var changes = portal.Services.GetRequiredService<TenantChanges>();
        var (firstBefore, secondBefore) = (changes.Of(first.Name), changes.Of(second.Name));

        // The pool hands out the longest returned context first: lease until the first scope's comes back.
        var scopes = new List<AsyncServiceScope>();
        TenantDbContext leased;
        do
        {
            scopes.Add(portal.Scope(second));
            leased = scopes[^1].ServiceProvider.GetRequiredService<TenantDbContext>();
        }
        while (!ReferenceEquals(leased, db) && scopes.Count < 100);
        var items = await leased.ContentItems.CountAsync();
        await leased.Database.ExecuteSqlRawAsync("""INSERT INTO "Settings" ("Name", "Json") VALUES ('Pooled', '[]')""");
        foreach (var open in scopes)
        {
            await open.DisposeAsync();
        }

        Assert.Same(db, leased);
        Assert.Equal(0, items);
        Assert.Equal(secondBefore + 1, changes.Of(second.Name));
        Assert.Equal(firstBefore, changes.Of(first.Name));
    }

    private async Task<(Tenant, AsyncServiceScope, TenantDbContext)> TenantWithAnItemAsync()
    {
        var tenant = await portal.CreateTenantAsync();
        var scope = portal.Scope(tenant);
        var item = (await TestPortal.Content(scope).NewAsync("Article")).Apply(new TitlePart("Uutinen"));
        await TestPortal.Content(scope).CreateAsync(item, publish: true);
        return (tenant, scope, scope.ServiceProvider.GetRequiredService<TenantDbContext>());
    }
}
