using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

// File modes are a Unix matter; the portal runs on Debian.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFolderTests(GeneratedPasswordPortal portal) : IClassFixture<GeneratedPasswordPortal>
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerReadWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task A_generated_admin_password_is_in_an_owner_only_file_of_the_data_folder_and_logs_in()
    {
        var file = Path.Combine(portal.DataPath, "first-passwords.txt");

        var line = Assert.Single(await File.ReadAllLinesAsync(file)).Split('\t');
        using var client = portal.Host.CreateClient(new() { AllowAutoRedirect = false });
        var login = await HtmlPages.SubmitAsync(client, "/login", "main form",
            new Dictionary<string, string> { ["Input.UserName"] = line[1], ["Input.Password"] = line[2] });

        Assert.Equal(["Default", PortalHost.AdminUser], line[..2]);
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public void The_data_folder_and_the_databases_in_it_are_the_portal_users_only()
    {
        var modes = new[] { "host.db", "Sites/Default/content.db" }
            .ToDictionary(f => f, f => File.GetUnixFileMode(Path.Combine(portal.DataPath, f)));

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(portal.DataPath));
        Assert.All(modes, m => Assert.Equal(OwnerReadWrite, m.Value));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(Path.Combine(portal.DataPath, "Sites")));
    }

    [Fact]
    public async Task The_key_ring_is_in_the_host_database_encrypted_with_the_configured_certificate()
    {
        using var client = portal.Host.CreateClient();
        await client.GetAsync("/login");

        var keys = await KeyRingRows.XmlAsync(portal.DataPath);

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.False(Directory.Exists(Path.Combine(portal.DataPath, "DataProtection-Keys")));
    }
}

/// <summary>The keys of the key ring as the host database keeps them.</summary>
internal static class KeyRingRows
{
    public static async Task<IReadOnlyList<string>> XmlAsync(string dataPath)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "host.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Xml FROM DataProtectionKeys";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }

    public static async Task InsertAsync(string dataPath, string friendlyName, string xml)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "host.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO DataProtectionKeys (FriendlyName, Xml) VALUES ($name, $xml)";
        command.Parameters.AddWithValue("$name", friendlyName);
        command.Parameters.AddWithValue("$xml", xml);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A portal started without an admin password, with its key ring encrypted by a certificate of its own.</summary>
public sealed class GeneratedPasswordPortal : IAsyncLifetime
{
    private readonly string certificatePath = Path.Combine(Path.GetTempPath(), "vp-keys-" + Guid.NewGuid().ToString("N") + ".pfx");

    public GeneratedPasswordPortal()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Verkostoportaali test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(certificatePath, certificate.Export(X509ContentType.Pfx, "avain-salasana"));
        Host = PortalHost.OnDataFolder(DataPath, "portal", new Dictionary<string, string>
        {
            ["Portal:AdminPassword"] = "",
            ["Portal:DataProtection:Certificate"] = certificatePath,
            ["Portal:DataProtection:CertificatePassword"] = "avain-salasana",
        });
    }

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "vp-datafolder-" + Guid.NewGuid().ToString("N"));

    public PortalHost Host { get; }

    public Task InitializeAsync() => Host.InitializeAsync();

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Host).DisposeAsync();
        File.Delete(certificatePath);
    }
}
