using System.Net;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>What Program.cs composes: modules that add up, and no framework default that costs start-up time.</summary>
[Collection(PortalCollection.Name)]
public sealed class HostCompositionTests(PortalHost host)
{
    // A production start skips the contract check (the modules are compiled in), so this test is what stops a release
    // whose modules do not add up.
    [Fact]
    public void The_portals_modules_need_only_contracts_their_dependencies_provide_and_declare_what_they_use()
    {
        var catalog = host.Services.GetRequiredService<ModuleCatalog>();

        catalog.CheckContracts();

        Assert.Contains(catalog.Modules, module => module.Id == "Search");
    }

    // Hosting starts an Activity and a log scope for every request when its logger is on, even with nothing listening:
    // 3 % of a cached page's CPU. Its only messages are the requests' start and end (Information), which nobody reads;
    // an exporter's listener (Portal:Telemetry:Otlp) still has its Activity.
    [Fact]
    public void Requests_make_no_activity_or_log_scope_for_the_hosting_logger()
    {
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");

        Assert.False(logger.IsEnabled(LogLevel.Critical));
    }

    // The default data folder, App_Data, is in the content root: watching a settings file there watches every site's folder.
    [Fact]
    public void No_settings_file_is_watched_for_changes()
    {
        var configuration = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.Contains(files, file => file.Source.Path == "appsettings.json");
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched"));
    }

    [Fact]
    public void The_pages_come_from_the_host_and_the_modules_only()
    {
        var parts = host.Services.GetRequiredService<ApplicationPartManager>().ApplicationParts;
        var modules = host.Services.GetRequiredService<ModuleCatalog>().Modules.Select(module => module.GetType().Assembly.GetName().Name!);

        // MVC adds its own tag helpers' and Razor's assemblies; the portal's are named.
        var portals = parts.Select(part => part.Name).Where(name => name.StartsWith("Verkostoportaali.", StringComparison.Ordinal));
        Assert.Equal(modules.Append("Verkostoportaali.Web").Distinct().Order(), portals.Distinct().Order());
        Assert.Contains(parts, part => part is CompiledRazorAssemblyPart { Name: "Verkostoportaali.Web" });
    }

    // What a page's model says (here: only administrators) applies from its first request, though it is read only then.
    [Fact]
    public async Task Pages_are_read_on_their_first_request_and_their_rules_hold_from_it()
    {
        var pages = host.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items;
        using var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var admin = await client.GetAsync("/admin");

        Assert.Contains(pages, page => page is PageActionDescriptor);
        Assert.DoesNotContain(pages, page => page is CompiledPageActionDescriptor);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("login", admin.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
