using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Commands;

[Collection(PortalCollection.Name)]
public sealed class TenantsCommandTests(PortalHost host)
{
    [Fact]
    public async Task Create_sets_up_a_site_from_a_recipe_whose_admin_logs_in_at_once()
    {
        var name = NewSites.UniqueName();

        var run = await RunAsync("tenants", "create", "--name", name, "--display-name", "Kylien kehittäjät ry", "--recipe", "leader-group",
            "--region", "Kainuu", "--admin-user", "kylaadmin", "--admin-email", "kyla@example.fi", "--admin-password", NewSites.AdminPassword);
        var login = await Forms.LogInAsync(Forms.NewClient(host), $"/{name}/", "kylaadmin", NewSites.AdminPassword);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"/{name}/login", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(NewSites.AdminPassword, run.Output + run.Error, StringComparison.Ordinal);
        Assert.Equal(("kainuu", TenantState.Running), (Registry.Find(name)!.Region, Registry.Find(name)!.State));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task Create_reads_the_password_from_the_environment_when_the_option_is_left_out()
    {
        var name = NewSites.UniqueName();
        Environment.SetEnvironmentVariable("TENANT_ADMIN_PASSWORD", NewSites.AdminPassword);
        try
        {
            var run = await RunAsync("tenants", "create", "--name", name, "--display-name", "Kunta", "--host", $"{name}.example.fi",
                "--recipe", "municipality", "--admin-user", "kunta-admin", "--admin-email", "kunta@example.fi");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal([$"{name}.example.fi"], Registry.Find(name)!.HostNames);
            Assert.Null(Registry.Find(name)!.UrlPrefix);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TENANT_ADMIN_PASSWORD", null);
        }
    }

    [Fact]
    public async Task Create_with_bad_input_exits_with_1_names_each_option_and_creates_nothing()
    {
        var name = NewSites.UniqueName();

        var run = await RunAsync("tenants", "create", "--name", name, "--display-name", "X", "--prefix", "api", "--recipe", "demo",
            "--region", "Atlantis", "--admin-user", "a", "--admin-email", "not-an-address", "--admin-password", "lyhyt");

        Assert.Equal(1, run.ExitCode);
        foreach (var option in new[] { "--prefix", "--recipe", "--region", "--admin-email", "--admin-password" })
        {
            Assert.Contains(option + ": ", run.Error, StringComparison.Ordinal);
        }
        Assert.Null(Registry.Find(name));
        Assert.False(Directory.Exists(NewSites.Folder(host, name)));
    }

    [Fact]
    public async Task Disable_enable_and_remove_change_the_site_and_remove_refuses_a_running_one()
    {
        var site = await NewSites.CreateAsync(host);
        var visitor = Forms.NewClient(host);

        var removeRunning = await RunAsync("tenants", "remove", site.Name, "--yes");
        var disable = await RunAsync("tenants", "disable", site.Name);
        var whileDisabled = await visitor.GetAsync($"/{site.Name}/");
        var enable = await RunAsync("tenants", "enable", site.Name);
        var whileEnabled = await visitor.GetAsync($"/{site.Name}/");
        await RunAsync("tenants", "disable", site.Name);
        var remove = await RunAsync("tenants", "remove", site.Name, "--yes");

        Assert.Equal(1, removeRunning.ExitCode);
        Assert.Contains("Disable it first", removeRunning.Error, StringComparison.Ordinal);
        Assert.Equal((0, HttpStatusCode.NotFound), (disable.ExitCode, whileDisabled.StatusCode));
        Assert.Equal((0, HttpStatusCode.OK), (enable.ExitCode, whileEnabled.StatusCode));
        Assert.Equal(0, remove.ExitCode);
        Assert.Null(Registry.Find(site.Name));
        Assert.False(Directory.Exists(NewSites.Folder(host, site.Name)));
    }

    [Fact]
    public async Task Unknown_site_gives_exit_code_1_and_a_message()
    {
        var run = await RunAsync("tenants", "disable", "ei-ole-olemassa");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There is no site named 'ei-ole-olemassa'.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_prints_one_line_per_site_with_its_state()
    {
        var site = await NewSites.CreateAsync(host);

        var run = await RunAsync("tenants", "list");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Registry.All.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(site.Name, StringComparison.Ordinal) && l.Contains("Running", StringComparison.Ordinal));
    }

    private TenantRegistry Registry => host.Services.GetRequiredService<TenantRegistry>();

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => CommandLine.RunAsync(host, args);
}
