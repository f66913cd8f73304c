using System.Runtime.InteropServices;

namespace Verkostoportaali.Web;

/// <summary>The data folder's protection: who may read its files.</summary>
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

    // DllImport rather than LibraryImport, which would need unsafe code in the project for one blittable call.
    [DllImport("libc", EntryPoint = "umask")]
    private static extern uint SetUmask(uint mask);
}
