using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.AuditTrail;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Administration;
using Verkostoportaali.Tenants.Tests.Commands;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Administration;

[Collection(PortalCollection.Name)]
public sealed class TenantAuditTests(PortalHost host)
{
    private const string IndexUrl = "/admin/sivustot";

    [Fact]
    public async Task Create_disable_enable_and_remove_on_the_admin_pages_are_recorded_on_the_portal_with_the_portal_admin()
    {
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var name = NewSites.UniqueName();

        await Forms.PostAsync(admin, "/admin/sivustot/uusi", "/admin/sivustot/uusi", NewSites.Form(name));
        await Forms.PostAsync(admin, IndexUrl, $"{IndexUrl}?handler=Disable&name={name}", []);
        await Forms.PostAsync(admin, IndexUrl, $"{IndexUrl}?handler=Enable&name={name}", []);
        await Forms.PostAsync(admin, IndexUrl, $"{IndexUrl}?handler=Disable&name={name}", []);
        await Forms.PostAsync(admin, $"{IndexUrl}/{name}/poista", $"{IndexUrl}/{name}/poista", new() { ["Confirmation"] = name });

        var entries = await EntriesAboutAsync(name);
        Assert.Equal(["TenantCreated", "TenantDisabled", "TenantEnabled", "TenantDisabled", "TenantRemoved"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((PortalHost.AdminUser, TenantName.Default, "Tenant", "Testiryhmä " + name),
            (e.UserName, e.Tenant, e.SubjectType, e.Description)));
        Assert.Null(host.Services.GetRequiredService<TenantRegistry>().Find(name));
    }

    [Fact]
    public async Task Ops_commands_are_recorded_on_the_portal_as_the_system()
    {
        var name = NewSites.UniqueName();

        await RunAsync("tenants", "create", "--name", name, "--display-name", "Komentorivin kylät", "--recipe", "municipality",
            "--admin-user", "kunta-admin", "--admin-email", "kunta@example.fi", "--admin-password", NewSites.AdminPassword);
        await RunAsync("tenants", "disable", name);
        await RunAsync("tenants", "enable", name);
        await RunAsync("tenants", "disable", name);
        await RunAsync("tenants", "remove", name, "--yes");

        var entries = await EntriesAboutAsync(name);
        Assert.Equal(["TenantCreated", "TenantDisabled", "TenantEnabled", "TenantDisabled", "TenantRemoved"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("system", TenantName.Default), (e.UserName, e.Tenant)));
    }

    [Fact]
    public async Task Refused_or_idle_changes_are_not_recorded()
    {
        var site = await NewSites.CreateAsync(host);
        var administration = host.Services.GetRequiredService<TenantAdministration>();
        var taken = await administration.CreateAsync(NewSites.Input(site.Name), CancellationToken.None);

        var removeRunning = await administration.RemoveAsync(site.Name, CancellationToken.None);
        var enableRunning = await administration.EnableAsync(site.Name, CancellationToken.None);

        Assert.False(taken.Succeeded);
        Assert.NotNull(removeRunning);
        Assert.Null(enableRunning);
        Assert.Equal(["TenantCreated"], (await EntriesAboutAsync(site.Name)).Select(e => e.Action));
    }

    [Fact]
    public async Task Portal_audit_trail_lists_site_changes_in_finnish()
    {
        var site = await NewSites.CreateAsync(host);
        await host.Services.GetRequiredService<TenantAdministration>().DisableAsync(site.Name, CancellationToken.None);
        var admin = await Forms.LoggedInAsync(host, "/", PortalHost.AdminUser, PortalHost.AdminPassword);

        var page = await HtmlPages.GetPageAsync(admin, "/admin/auditointi?action=TenantDisabled");

        var row = page.QuerySelectorAll("table.audit-trail tbody tr").Single(r => r.TextContent.Contains(site.Name, StringComparison.Ordinal));
        Assert.Contains("Sivusto poistettu käytöstä", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sivusto", row.QuerySelectorAll("td")[3].TextContent, StringComparison.Ordinal);
        Assert.Contains(site.DisplayName, row.TextContent, StringComparison.Ordinal);
    }

    private Task<List<AuditEntry>> EntriesAboutAsync(string siteName) =>
        host.InTenantAsync<TenantDbContext, List<AuditEntry>>(
            host.Services.GetRequiredService<TenantRegistry>().Find(TenantName.Default)!,
            db => db.Set<AuditEntry>().AsNoTracking().Where(e => e.SubjectType == "Tenant" && e.SubjectId == siteName).OrderBy(e => e.Id).ToListAsync());

    private async Task RunAsync(params string[] args)
    {
        var run = await CommandLine.RunAsync(host, args);
        Assert.True(run.ExitCode == 0, run.Error);
    }
}
