using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Testing;
using Verkostoportaali.Web;

namespace Verkostoportaali.Integration.Tests;

/// <summary>PO files as the portal reads them when it starts: the modules' files must be sound, a tenant's may not be.</summary>
public sealed class PoStartupTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "vp-po-startup-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Malformed_module_po_file_stops_the_portal_at_start_up_naming_the_file_and_line()
    {
        var app = CopyOfTheBuiltPortal();
        var broken = Path.Combine(app, "Localization", "Verkostoportaali.Events", "sv.po");
        await File.AppendAllTextAsync(broken, "\nmsgid \"Broken\"\nmsgstr \"Trasig\n");
        var line = Array.FindIndex(await File.ReadAllLinesAsync(broken), l => l.StartsWith("msgstr \"Trasig", StringComparison.Ordinal)) + 1;

        var (exitCode, error) = await RunAsync(app, Path.Combine(folder, "data"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"{broken}, line {line}: unterminated string", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_tenant_po_file_is_reported_at_start_up_naming_the_file_and_line_and_the_site_keeps_serving()
    {
        var data = Path.Combine(folder, "data");
        string tenant;
        await using (var first = PortalHost.OnDataFolder(data, "portal"))
        {
            tenant = (await first.CreateSiteAsync()).Name;
        }
        var broken = Path.Combine(data, "Sites", tenant, "Localization", "fi.po");
        Directory.CreateDirectory(Path.GetDirectoryName(broken)!);
        await File.WriteAllTextAsync(broken, "msgid \"Skip to content\"\nmsgstr \"Hyppää sisältöön\"\n\nmsgid \"Search\"\nmsgstr Etsi\n");
        var log = new LogCapture(LogLevel.Error);

        await using var restarted = PortalHost.OnDataFolder(data, setupRecipe: "");
        using var started = restarted.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        _ = started.Server;
        // Every tenant's files are read once the server listens.
        await started.Services.GetServices<IHostedService>().OfType<TenantTranslations>().Single().ExecuteTask!;
        var atStart = log.Messages;
        var home = await started.CreateClient().GetStringAsync($"/{tenant}/");

        Assert.Contains(atStart, m => m.Contains($"{broken}, line 5: expected a quoted string", StringComparison.Ordinal) && m.Contains(tenant, StringComparison.Ordinal));
        Assert.Contains("Siirry sisältöön", home, StringComparison.Ordinal);
    }

    // The host's own build output, copied so that one of its PO files can be broken.
    private string CopyOfTheBuiltPortal()
    {
        var (root, configuration) = (OpsProcess.Repository(), new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name);
        var built = Path.Combine(root, "src", "Web", "bin", configuration, "net10.0");
        var copy = Path.Combine(folder, "app");
        foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(built, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string app, string dataPath)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = app, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(app, "Verkostoportaali.Web.dll"), "--Portal:DataPath=" + dataPath, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The portal did not stop on its malformed PO file: " + await output);
        }
        return (process.ExitCode, await error + await output);
    }
}
