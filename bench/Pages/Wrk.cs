using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Verkostoportaali.Bench.Pages;

/// <summary>What <c>wrk --latency</c> reports: requests per second, latency percentiles (ms) and the requests that went wrong.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P50, double P99, long Requests, long Non2xx, long SocketErrors);

/// <summary>
/// Debian's <c>wrk</c> (closed loop: each of 32 connections sends its next request when the last has answered), run as
/// a child process; a request unanswered after 10 s (wrk's default is 2 s, which a slow uncached page can take under
/// load) counts as a socket error.
/// </summary>
public static partial class Wrk
{
    private const string Program = "/usr/bin/wrk";
    private const int Threads = 2;
    private const int Connections = 32;

    public static async Task<WrkResult> RunAsync(Uri url, TimeSpan duration, CancellationToken cancellationToken)
    {
        var output = await RunAsync(["-t" + Threads, "-c" + Connections, $"-d{(int)duration.TotalSeconds}s", "--timeout", "10s", "--latency", url.AbsoluteUri], cancellationToken);
        try
        {
            return Parse(output);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"wrk's output could not be read ({e.Message}):\n{output}", e);
        }
    }

    /// <summary>wrk's first line: its version and event loop.</summary>
    public static async Task<string> VersionAsync(CancellationToken cancellationToken) =>
        (await RunAsync(["-v"], cancellationToken)).Split('\n')[0].Split(" Copyright")[0].Trim();

    private static WrkResult Parse(string output)
    {
        double Number(Regex pattern) => pattern.Match(output) is { Success: true } m
            ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException($"no match for {pattern}");
        long Count(Regex pattern) => pattern.Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socketErrors = SocketErrors().Match(output);
        return new WrkResult(
            Number(RequestsPerSecond()),
            Millis("50"),
            Millis("99"),
            Count(Requests()),
            Count(Non2xx()),
            socketErrors.Success ? socketErrors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0);

        double Millis(string percentile)
        {
            var m = Latency().Matches(output).FirstOrDefault(l => l.Groups[1].Value == percentile)
                ?? throw new FormatException($"no {percentile}% latency");
            var value = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return m.Groups[3].Value switch { "us" => value / 1000, "ms" => value, "s" => value * 1000, _ => value * 60_000 };
        }
    }

    private static async Task<string> RunAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start; install Debian's wrk.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return await output + await errors;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Latency();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
