using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// The key ring in the host database's key table, read and written with plain commands. Releases before it kept their
/// keys in the data folder; what they protected (login cookies, mailed links) must still open after the upgrade.
/// </summary>
public sealed class KeyRingTests : IAsyncLifetime
{
    private const string Purpose = "Verkostoportaali.Tests.KeyRing";

    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "vp-keyring-" + Guid.NewGuid().ToString("N"));
    private PortalHost? host;

    [Fact]
    public async Task What_the_folder_keys_protected_opens_with_the_keys_moved_into_the_host_database()
    {
        var folder = Path.Combine(dataPath, "DataProtection-Keys");
        var before = DataProtectionProvider.Create(new DirectoryInfo(folder), o => o.SetApplicationName("Verkostoportaali"));
        var payload = before.CreateProtector(Purpose).Protect("kirjautunut käyttäjä");
        var folderKeys = Directory.GetFiles(folder, "*.xml").Select(Path.GetFileNameWithoutExtension).ToList();

        host = PortalHost.OnDataFolder(dataPath, "portal");
        await host.InitializeAsync();
        var after = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

        Assert.Equal("kirjautunut käyttäjä", after.Unprotect(payload));
        var stored = await KeyRingRows.XmlAsync(dataPath);
        Assert.All(folderKeys, name => Assert.Contains(stored, xml => xml.Contains(name!["key-".Length..], StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Keys_are_kept_in_the_host_database_and_an_unreadable_row_is_passed_over()
    {
        host = PortalHost.OnDataFolder(dataPath, "portal");
        await host.InitializeAsync();
        var protector = host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
        var payload = protector.Protect("kirjautunut käyttäjä");
        var rows = await KeyRingRows.XmlAsync(dataPath);

        await KeyRingRows.InsertAsync(dataPath, "key-rikki", "<key id=");
        var read = host.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!.GetAllElements();

        Assert.NotEmpty(rows);
        Assert.Equal(rows, read.Select(key => key.ToString(SaveOptions.DisableFormatting)));
        Assert.Equal("kirjautunut käyttäjä", protector.Unprotect(payload));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // The host deletes its data folder when it stops.
    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }
}
