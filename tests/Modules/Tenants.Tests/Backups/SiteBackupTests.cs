using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Tenants.Tests.Commands;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Tenants.Tests.Backups;

/// <summary><c>tenants export</c> and <c>tenants import</c>: a site to a file and back, under a new name.</summary>
[Collection(PortalCollection.Name)]
public sealed class SiteBackupTests(PortalHost host) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("vp-export-").FullName;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_exported_site_imported_under_a_new_name_has_its_content_versions_and_users(bool withAccounts)
    {
        var site = await NewSites.CreateAsync(host);
        var article = await PublishThenDraftAsync(site, "Kyläkokous", "Kyläkokous ja kahvit");
        var file = Path.Combine(folder, "kylat.zip");
        var copy = NewSites.UniqueName();

        var exported = await CommandLine.RunAsync(host, ["tenants", "export", site.Name, "--to", file, .. withAccounts ? ["--with-accounts"] : Array.Empty<string>()]);
        var imported = await CommandLine.RunAsync(host, "tenants", "import", "--from", file, "--name", copy);
        var restored = host.Services.GetRequiredService<TenantRegistry>().Find(copy)!;
        var versions = await host.InTenantAsync<ContentManager, List<ContentItem>>(restored, content => content.HistoryAsync(article));
        var admin = await host.InTenantAsync<UserManager<IdentityUser>, IdentityUser?>(restored, users => users.FindByNameAsync(NewSites.AdminUser));
        var login = await Forms.LogInAsync(Forms.NewClient(host), $"/{copy}/", NewSites.AdminUser, NewSites.AdminPassword);

        Assert.Equal((0, 0), (exported.ExitCode, imported.ExitCode));
        Assert.Contains($"/{copy}/", imported.Output, StringComparison.Ordinal);
        Assert.Equal((TenantState.Running, site.DisplayName, site.Region), (restored.State, restored.DisplayName, restored.Region));
        Assert.Equal(site.Features.Order(), restored.Features.Order());
        Assert.Equal(["Kyläkokous", "Kyläkokous ja kahvit"], versions.OrderBy(v => v.Id).Select(v => v.DisplayText));
        Assert.Equal("Kyläkokous", Assert.Single(versions, v => v.Published).DisplayText);
        Assert.Equal("admin@example.fi", admin?.Email);
        Assert.Equal(withAccounts, admin?.PasswordHash is not null);
        Assert.Equal(withAccounts ? HttpStatusCode.Redirect : HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Forms.NewClient(host).GetAsync($"/{copy}/kylakokous")).StatusCode);
    }

    [Fact]
    public async Task An_import_under_a_taken_name_or_from_a_broken_file_is_refused_with_a_message_and_leaves_nothing()
    {
        var site = await NewSites.CreateAsync(host);
        var file = Path.Combine(folder, "export.zip");
        var broken = Path.Combine(folder, "broken.zip");
        await File.WriteAllTextAsync(broken, "tämä ei ole zip");
        await CommandLine.RunAsync(host, "tenants", "export", site.Name, "--to", file);
        var unused = NewSites.UniqueName();

        var taken = await CommandLine.RunAsync(host, "tenants", "import", "--from", file);
        var unreadable = await CommandLine.RunAsync(host, "tenants", "import", "--from", broken, "--name", unused);
        var unknown = await CommandLine.RunAsync(host, "tenants", "export", "ei-ole", "--to", Path.Combine(folder, "ei-ole.zip"));

        Assert.Equal(1, taken.ExitCode);
        Assert.Contains($"A tenant named '{site.Name}' exists already.", taken.Error, StringComparison.Ordinal);
        Assert.Equal(1, unreadable.ExitCode);
        Assert.Contains("cannot be read as a site export", unreadable.Error, StringComparison.Ordinal);
        Assert.Null(host.Services.GetRequiredService<TenantRegistry>().Find(unused));
        Assert.False(Directory.Exists(NewSites.Folder(host, unused)));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no site named 'ei-ole'", unknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "ei-ole.zip")));
    }

    private Task<string> PublishThenDraftAsync(Tenant site, string published, string draft) =>
        host.InTenantAsync<ContentManager, string>(site, async content =>
        {
            var item = (await content.NewAsync("Article")).Apply(new TitlePart(published)).Apply(new AutoroutePart());
            await content.CreateAsync(item, publish: true);
            var latest = await content.Query(version: VersionOptions.Latest).SingleAsync(i => i.ContentItemId == item.ContentItemId);
            await content.UpdateDraftAsync(item.ContentItemId, latest.Stamp, d => d.Apply(new TitlePart(draft)));
            return item.ContentItemId;
        });

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
