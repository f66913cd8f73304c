using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;
using Verkostoportaali.Testing;
using Verkostoportaali.Web;

namespace Verkostoportaali.Integration.Tests;

public sealed class HostDatabaseHealthCheckTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task A_host_database_with_its_registry_is_healthy()
    {
        var check = new HostDatabaseHealthCheck(portal.Services.GetRequiredService<HostConnections>());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task A_data_folder_without_the_registry_is_unhealthy_with_a_reason()
    {
        var empty = Directory.CreateTempSubdirectory("vp-health-").FullName;
        try
        {
            var paths = new TenantDataPaths(Options.Create(new PortalOptions { DataPath = empty }), new HostingEnvironment { ContentRootPath = empty });
            var check = new HostDatabaseHealthCheck(new HostConnections(paths, new PortalDatabase(null, null)));

            var result = await check.CheckHealthAsync(new HealthCheckContext());

            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.Equal("The host database cannot be reached.", result.Description);
            Assert.NotNull(result.Exception);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
