using System.Diagnostics;
using System.Text.RegularExpressions;
using MimeKit;

namespace Verkostoportaali.Testing;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd (<c>python3-aiosmtpd</c>), storing each message it accepts as a file in a
/// maildir. Started and stopped on one port, so that a portal pointed at it sees the server go down and come back.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    // Debian's interpreter, where python3-aiosmtpd installs the module (a pyenv python3 on PATH lacks it).
    private const string Python = "/usr/bin/python3";

    private readonly string maildir = Path.Combine(Path.GetTempPath(), "vp-maildir-" + Guid.NewGuid().ToString("N"));
    private Process? process;

    public int Port { get; } = LoopbackPorts.Free();

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            start.ArgumentList.Add(argument);
        }
        process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await Eventually.TrueAsync(() => Task.FromResult(Accepts()), "aiosmtpd listens");
    }

    public void Stop()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process?.Dispose();
        process = null;
    }

    /// <summary>The messages the server has accepted, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        [.. new[] { "new", "cur" }.Select(folder => Path.Combine(maildir, folder)).Where(Directory.Exists)
            .SelectMany(Directory.GetFiles).Select(file => MimeMessage.Load(file)).OrderBy(m => m.Date)];

    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        [.. Messages().Where(m => m.To.Mailboxes.Any(t => string.Equals(t.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The first message to the address, once it has arrived.</summary>
    public Task<MimeMessage> FirstToAsync(string address) =>
        Eventually.ValueAsync(() => Task.FromResult(MessagesTo(address).FirstOrDefault()), $"the mail to {address}");

    /// <summary>The full address of the mail's link to <paramref name="path"/> (such as <c>kutsu</c>), with its query.</summary>
    public static string LinkIn(MimeMessage mail, string path) =>
        Regex.Matches(mail.TextBody ?? "", @"https?://\S+").Select(m => m.Value).FirstOrDefault(l => l.Contains($"/{path}?", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No /{path} link in the mail.");

    public void Dispose()
    {
        Stop();
        if (Directory.Exists(maildir))
        {
            Directory.Delete(maildir, recursive: true);
        }
    }

    private bool Accepts()
    {
        if (process is not { HasExited: false })
        {
            throw new InvalidOperationException("aiosmtpd exited; is python3-aiosmtpd installed?");
        }
        return LoopbackPorts.Accepts(Port);
    }
}
