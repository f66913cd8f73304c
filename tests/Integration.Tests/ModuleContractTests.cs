using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// The portal's own modules, as Program.cs composes them, pass the contract check. A production start skips the check
/// (the modules are compiled in), so this test is what stops a release whose modules do not add up.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ModuleContractTests(PortalHost host)
{
    [Fact]
    public void The_portals_modules_need_only_contracts_their_dependencies_provide_and_declare_what_they_use()
    {
        var catalog = host.Services.GetRequiredService<ModuleCatalog>();

        catalog.CheckContracts();

        Assert.Contains(catalog.Modules, module => module.Id == "Search");
    }
}
