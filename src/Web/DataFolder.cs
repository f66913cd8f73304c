using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Verkostoportaali.Web;

/// <summary>The data folder's protection: who may read its files, and the key ring that signs cookies and tokens.</summary>
internal static class DataFolder
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Keeps the folder to the portal's own user: the folder itself becomes 0700, and files and folders the process
    /// makes from here on get 0600 and 0700 (umask 077), SQLite's journals and Lucene's segments included, which .NET
    /// creates with 0644 by default. A folder of an earlier release keeps its inner modes, but its 0700 root lets no
    /// other user reach them.
    /// </summary>
    public static void Restrict(string dataRoot)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        // No .NET API sets the process's umask; libc's umask(2) is the one call that covers every file made later.
        _ = SetUmask(Convert.ToUInt32("077", 8));
        Directory.CreateDirectory(dataRoot, OwnerOnly);
        File.SetUnixFileMode(dataRoot, OwnerOnly);
    }

    /// <summary>
    /// Keys in <c>{DataPath}/DataProtection-Keys</c>, so that cookies and antiforgery tokens outlive restarts; encrypted at
    /// rest with the certificate <c>Portal:DataProtection:Certificate</c> (a .pfx file, password in
    /// <c>Portal:DataProtection:CertificatePassword</c>) when one is set.
    /// </summary>
    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration, string dataRoot)
    {
        var keys = services.AddDataProtection().SetApplicationName("Verkostoportaali")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataRoot, "DataProtection-Keys")));
        if (configuration["Portal:DataProtection:Certificate"] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Portal:DataProtection:CertificatePassword"]);
            // Outside Windows the certificate store cannot find the key to decrypt with; it is named here as well.
            keys.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        return services;
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project for one blittable call.
    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint SetUmask(uint mask);
}
