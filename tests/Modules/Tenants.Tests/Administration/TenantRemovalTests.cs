using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Administration;

[Collection(PortalCollection.Name)]
public sealed class TenantRemovalTests(PortalHost host)
{
    [Fact]
    public async Task Modules_are_told_before_the_data_goes_so_they_can_close_their_files()
    {
        var recorder = new RemovalRecorder(host);
        await using var portal = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ITenantEvents>(recorder)));
        var administration = portal.Services.GetRequiredService<TenantAdministration>();
        var site = await NewSites.CreateAsync(host);
        await portal.Services.GetRequiredService<TenantRegistry>().LoadAsync();
        await administration.DisableAsync(site.Name, CancellationToken.None);

        var problem = await administration.RemoveAsync(site.Name, CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal([(site.Name, true)], recorder.Calls);
        Assert.False(Directory.Exists(NewSites.Folder(host, site.Name)));
    }

    [Fact]
    public async Task Unknown_or_portal_site_is_refused()
    {
        var removal = host.Services.GetRequiredService<TenantRemoval>();

        var unknown = await removal.RemoveAsync("ei-ole", CancellationToken.None);
        var portal = await removal.RemoveAsync(TenantName.Default, CancellationToken.None);

        Assert.Equal("There is no site named 'ei-ole'.", unknown?.ToString());
        Assert.Equal("The portal itself cannot be removed.", portal?.ToString());
    }

    /// <summary>Records each removal and whether the site's folder was still there when it was announced.</summary>
    private sealed class RemovalRecorder(PortalHost host) : ITenantEvents
    {
        public List<(string Tenant, bool FolderThere)> Calls { get; } = [];

        public Task RemovingAsync(Tenant tenant, CancellationToken cancellationToken)
        {
            Calls.Add((tenant.Name, Directory.Exists(NewSites.Folder(host, tenant.Name))));
            return Task.CompletedTask;
        }
    }
}
