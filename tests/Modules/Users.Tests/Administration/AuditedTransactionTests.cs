using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;
using Verkostoportaali.Users.Administration;

namespace Verkostoportaali.Users.Tests.Administration;

[Collection(PortalCollection.Name)]
public sealed class AuditedTransactionTests(PortalHost host)
{
    [Fact]
    public async Task Failing_later_step_takes_back_the_saved_earlier_one_and_records_nothing()
    {
        var site = await UsersSite.CreateAsync(host);
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site.Tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();

        var result = await scope.ServiceProvider.GetRequiredService<AuditedTransaction>().RunAsync(
            new AuditEvent("UserCreated", "User", "puolivalmis"),
            () => AuditedTransaction.AllAsync(
                () => users.CreateAsync(new IdentityUser("puolivalmis"), TenantUsers.Password),
                () => Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "Test", Description = "Toinen vaihe epäonnistui." }))),
            CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(await site.FindUserAsync("puolivalmis"));
        Assert.DoesNotContain(await site.AuditAsync(), e => e.SubjectId == "puolivalmis");
    }
}
