using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>
/// Releases before the database key ring kept their keys in the data folder; what they protected (login cookies,
/// mailed links) must still open after the upgrade, with the keys read from the host database.
/// </summary>
public sealed class KeyRingUpgradeTests : IAsyncLifetime
{
    private const string Purpose = "Verkostoportaali.Tests.KeyRingUpgrade";

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
