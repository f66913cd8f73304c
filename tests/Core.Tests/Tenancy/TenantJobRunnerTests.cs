using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Tenancy;

public sealed class TenantJobRunnerTests(TestPortal portal) : IClassFixture<TestPortal>
{
    private const string WithPlaces = """{ "name": "p", "steps": [ { "name": "Features", "enable": ["Places"] } ] }""";

    [Fact]
    public async Task Job_runs_in_running_tenants_with_its_feature_only_and_one_failure_does_not_stop_the_rest()
    {
        var failing = await portal.CreateTenantAsync(WithPlaces);
        var withFeature = await portal.CreateTenantAsync(WithPlaces);
        var withoutFeature = await portal.CreateTenantAsync();
        var disabled = await portal.CreateTenantAsync(WithPlaces);
        await portal.Registry.UpdateAsync(disabled with { State = TenantState.Disabled });
        var log = portal.Services.GetRequiredService<JobLog>();
        log.FailIn = failing.Name;

        await portal.Services.GetRequiredService<TenantJobRunner>().RunDueJobsAsync(CancellationToken.None);

        Assert.Contains(withFeature.Name, log.Runs);
        Assert.DoesNotContain(withoutFeature.Name, log.Runs);
        Assert.DoesNotContain(disabled.Name, log.Runs);
        Assert.DoesNotContain(failing.Name, log.Runs);
    }
}
