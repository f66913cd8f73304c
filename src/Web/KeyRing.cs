using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Data;

namespace Verkostoportaali.Web;

/// <summary>
/// The key ring that signs cookies, antiforgery and mailed tokens, in the host database (SQLite's host.db or
/// PostgreSQL's host schema), so that every node behind one address reads the same keys and a login made on one is
/// valid on the other. Encrypted at rest with the certificate <c>Portal:DataProtection:Certificate</c> (a .pfx file,
/// password in <c>Portal:DataProtection:CertificatePassword</c>) when one is set.
/// </summary>
internal static class KeyRing
{
    /// <summary>Where releases before the database key ring kept their keys; read once, so no login is lost on upgrade.</summary>
    public const string FolderName = "DataProtection-Keys";

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration, string dataRoot)
    {
        services.AddDbContextFactory<KeyRingDbContext>((sp, options) =>
            sp.GetRequiredService<PortalDatabase>().UseHost(options, sp.GetRequiredService<TenantDataPaths>().HostDatabase));
        // Before data protection's hosted service (Identity registers it with the modules), which reads the key ring at start.
        services.AddSingleton(sp => new KeyRingUpgrade(sp.GetRequiredService<HostStartup>(), sp.GetRequiredService<IDbContextFactory<KeyRingDbContext>>(),
            sp.GetRequiredService<HostConnections>(), Path.Combine(dataRoot, FolderName), sp.GetRequiredService<ILogger<KeyRingUpgrade>>()));
        services.AddHostedService(sp => sp.GetRequiredService<KeyRingUpgrade>());
        var keys = services.AddDataProtection().SetApplicationName("Verkostoportaali");
        services.AddOptions<KeyManagementOptions>().Configure<HostConnections, ILoggerFactory>((options, connections, loggers) =>
            options.XmlRepository = new HostKeyRepository(connections, loggers.CreateLogger<HostKeyRepository>()));
        if (configuration["Portal:DataProtection:Certificate"] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Portal:DataProtection:CertificatePassword"]);
            // Outside Windows the certificate store cannot find the key to decrypt with; it is named here as well.
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        return services;
    }
}

internal sealed class KeyRingDbContext(DbContextOptions<KeyRingDbContext> options) : DbContext(options)
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}

/// <summary>
/// Makes the key table in the host database, and moves in the keys an earlier release kept in the data folder: when the
/// server starts, and before an ops command runs (which may be the first thing a new release runs on a data folder).
/// </summary>
internal sealed class KeyRingUpgrade(HostStartup host, IDbContextFactory<KeyRingDbContext> keyRingDb, HostConnections connections,
    string keyFolder, ILogger<KeyRingUpgrade> logger) : IHostedService
{
    private ModuleMigrations Migrations => new("KeyRing",
    [
        MigrationStep.SchemaStep(1, "Data-protection keys", b => b.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id))),
        MigrationStep.DataStep(2, "Keys from the data folder", ImportFolderKeysAsync),
    ]);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The host's own steps first: a data folder of a release before migrations has tables and no history yet, and
        // only the host upgrade knows to take its first step as run; this table's history row would hide that.
        await host.Begin().WaitAsync(cancellationToken);
        await using (var connection = connections.Create())
        {
            await connection.OpenAsync(cancellationToken);
            if (await MigrationRunner.AllAppliedAsync(connection, [Migrations], cancellationToken))
            {
                return;
            }
        }
        await using var db = await keyRingDb.CreateDbContextAsync(cancellationToken);
        await MigrationRunner.RunAsync(db, [Migrations], logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The files stay where they are (nothing a user made is deleted); from now on they are not read.
    private async Task ImportFolderKeysAsync(DbContext db, ILogger log, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(keyFolder))
        {
            return;
        }
        var keys = db.Set<DataProtectionKey>();
        foreach (var file in Directory.GetFiles(keyFolder, "*.xml"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!await keys.AnyAsync(k => k.FriendlyName == name, cancellationToken))
            {
                var xml = XElement.Load(file).ToString(SaveOptions.DisableFormatting);
                keys.Add(new DataProtectionKey { FriendlyName = name, Xml = xml });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Moved the data-protection keys of {Folder} into the host database.", keyFolder);
    }
}
