using System.Runtime.InteropServices;

namespace Verkostoportaali.Media.Uploads;

/// <summary>
/// Gives libvips a fixed set of threads, made when it starts (its <c>VIPS_MAX_THREADS</c>), instead of a set that grows
/// on demand and lets a thread go after 15 s idle. Handing a task to an idle thread as it times out can lose the task
/// (libvips 8.18.7, <c>threadset.c</c>): a test's JPEG save waited forever in <c>vips_threadpool_run</c> with the one
/// worker idle. <see cref="ImageVariants"/> runs at most <see cref="ImageVariants.MaxPipelines"/> images at once, each
/// needing a few threads, so the fixed set is never all taken by tasks that wait for queued ones.
/// </summary>
internal static class VipsThreads
{
    public const string Variable = "VIPS_MAX_THREADS";
    public const int Fixed = 32;

    /// <summary>Sets the variable unless the operator has; libvips reads it once, when the first image is opened.</summary>
    public static void UseFixedSet()
    {
        // libvips reads the C library's environment, which Environment.SetEnvironmentVariable leaves alone on Linux.
        if (OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable(Variable) is null &&
            SetEnv(Variable, Fixed.ToString(System.Globalization.CultureInfo.InvariantCulture), overwrite: 0) != 0)
        {
            throw new InvalidOperationException($"{Variable} could not be set: error {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", EntryPoint = "setenv", SetLastError = true)]
    private static extern int SetEnv(
        [MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);
}
