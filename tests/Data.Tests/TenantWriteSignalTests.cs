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

    private async Task<(Tenant, AsyncServiceScope, TenantDbContext)> TenantWithAnItemAsync()
    {
        var tenant = await portal.CreateTenantAsync();
        var scope = portal.Scope(tenant);
        var item = (await TestPortal.Content(scope).NewAsync("Article")).Apply(new TitlePart("Uutinen"));
        await TestPortal.Content(scope).CreateAsync(item, publish: true);
        return (tenant, scope, scope.ServiceProvider.GetRequiredService<TenantDbContext>());
    }
}
