using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Audit;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Modules;

public sealed class ModuleContractsTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public void A_module_that_needs_a_contract_of_a_module_it_does_not_depend_on_fails_the_start_up_check()
    {
        var catalog = Catalog(new AccountsModule(), new GazetteModule(dependsOn: [], needs: [typeof(ITenantAccounts)]));

        var error = Assert.Throws<InvalidOperationException>(catalog.CheckContracts);

        Assert.Contains("Module 'Gazette' needs ITenantAccounts from module 'Accounts', which is not among its dependencies.", error.Message);
    }

    [Fact]
    public void A_module_whose_service_takes_a_contract_it_does_not_declare_fails_the_start_up_check()
    {
        var gazette = new GazetteModule(dependsOn: ["Accounts"], needs: []);
        var catalog = Catalog(new AccountsModule(), gazette);
        catalog.Claim(gazette, [ServiceDescriptor.Scoped<GazetteSubscriptions, GazetteSubscriptions>()]);

        var error = Assert.Throws<InvalidOperationException>(catalog.CheckContracts);

        Assert.Contains("Module 'Gazette' uses ITenantAccounts in GazetteSubscriptions without declaring it in Needs().", error.Message);
    }

    [Fact]
    public void A_needed_contract_that_no_module_provides_fails_the_start_up_check_unless_the_kernel_stands_in()
    {
        var catalog = Catalog(new GazetteModule(dependsOn: [], needs: [typeof(ITenantAccounts), typeof(IAuditLog)]));
        catalog.AddOptional(typeof(IAuditLog));

        var error = Assert.Throws<InvalidOperationException>(catalog.CheckContracts);

        Assert.Equal(["The modules' contracts do not add up:", "Module 'Gazette' needs ITenantAccounts, which no module provides."],
            error.Message.Split(Environment.NewLine));
    }

    [Fact]
    public void Contracts_needed_from_dependencies_and_declared_pass_the_start_up_check()
    {
        var gazette = new GazetteModule(dependsOn: ["Accounts"], needs: [typeof(ITenantAccounts)]);
        var catalog = Catalog(new AccountsModule(), gazette);
        catalog.Claim(gazette, [ServiceDescriptor.Scoped<GazetteSubscriptions, GazetteSubscriptions>()]);

        catalog.CheckContracts();

        Assert.Equal(typeof(ITenantAccounts), Assert.Single(gazette.Needs()));
    }

    [Fact]
    public async Task A_modules_content_handler_and_lookup_do_not_run_in_a_tenant_without_its_feature()
    {
        var tenant = await portal.CreateTenantAsync("""{ "name": "notes", "steps": [ { "name": "ContentDefinition", "types": [ { "name": "Note", "label": { "fi": "Muistiinpano" }, "parts": ["TitlePart", "TagsPart"], "routable": false } ] } ] }""");
        tenant = await portal.Registry.UpdateAsync(tenant with { Features = [.. tenant.Features.Where(f => f != "Testing")] });
        await using var scope = portal.Scope(tenant);
        var content = TestPortal.Content(scope);
        var note = (await content.NewAsync("Note")).Apply(new TitlePart("Muistiinpano")).Apply(new TagsPart(["kylä", "kylä"]));

        await content.CreateAsync(note, publish: true);

        Assert.Empty(portal.Services.GetRequiredService<ContentEventLog>().For(note.ContentItemId));
        Assert.NotNull(await content.GetAsync(note.ContentItemId));
    }

    private static ModuleCatalog Catalog(params Module[] modules)
    {
        var catalog = new ModuleCatalog();
        foreach (var module in modules)
        {
            catalog.Add(module);
        }
        return catalog;
    }

    private sealed class AccountsModule() : Module(id: "Accounts", name: "Accounts")
    {
        public override IEnumerable<Type> Provides() => [typeof(ITenantAccounts)];
    }

    private sealed class GazetteModule(string[] dependsOn, Type[] needs) : Module(id: "Gazette", name: "Gazette", dependsOn: dependsOn)
    {
        public override IEnumerable<Type> Needs() => needs;
    }

    private sealed class GazetteSubscriptions(ITenantAccounts accounts)
    {
        public ITenantAccounts Accounts => accounts;
    }
}
