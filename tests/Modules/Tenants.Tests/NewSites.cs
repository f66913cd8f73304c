using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests;

/// <summary>Input for new sites with unique names, and sites created through the administration service.</summary>
public static class NewSites
{
    public const string AdminUser = "sivuston-admin";
    public const string AdminPassword = "Uusi-sivusto-2026!";

    public static string UniqueName() => "s-" + Guid.NewGuid().ToString("N")[..12];

    public static Dictionary<string, string> Form(string name, string recipe = "leader-group") => new()
    {
        ["Input.Name"] = name,
        ["Input.DisplayName"] = "Testiryhmä " + name,
        ["Input.UrlPrefix"] = "",
        ["Input.HostName"] = "",
        ["Input.Region"] = "keski-suomi",
        ["Input.Recipe"] = recipe,
        ["Input.ListedInPortalSearch"] = "true",
        ["Input.AdminUserName"] = AdminUser,
        ["Input.AdminEmail"] = "admin@example.fi",
        ["Input.AdminPassword"] = AdminPassword,
    };

    public static NewTenantInput Input(string name, string recipe = "municipality") => new()
    {
        Name = name,
        DisplayName = "Testikunta " + name,
        Recipe = recipe,
        AdminUserName = AdminUser,
        AdminEmail = "admin@example.fi",
        AdminPassword = AdminPassword,
    };

    public static async Task<Tenant> CreateAsync(PortalHost host, string? name = null)
    {
        var created = await host.Services.GetRequiredService<TenantAdministration>()
            .CreateAsync(Input(name ?? UniqueName()), CancellationToken.None);
        Assert.True(created.Succeeded, string.Join(" ", created.Problems));
        return created.Tenant!;
    }

    public static string Folder(PortalHost host, string name) => host.Services.GetRequiredService<TenantDataPaths>().SiteFolder(name);
}
