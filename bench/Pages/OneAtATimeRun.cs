using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// <c>--one-at-a-time [--data DIR]</c>: only the server time of each page one request at a time, output cache off, in a
/// minute rather than the full run's five; with <c>--data</c> the site is made once and kept for the next run. For
/// working on the uncached path; the figures go to stdout only.
/// </summary>
public static class OneAtATimeRun
{
    // Every page in turn, long enough for the JIT to finish tiering their code: 30 requests per page before each page's
    // measure left much of it unoptimized, and the figures two to three times those of the full run.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(20);
    private const int Requests = 200;

    public static async Task RunAsync(string dataPath, CancellationToken cancellationToken)
    {
        var timings = new ServerTimings();
        await using var portal = new InProcessPortal(dataPath, web =>
        {
            web.ConfigureServices(s => s.AddSingleton<IStartupFilter>(timings));
            web.UseSetting("Portal:OutputCache:Enabled", "false");
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        });
        var server = portal.Start();
        var site = await ExistingAsync(portal, cancellationToken) ?? await BenchSite.CreateAsync(portal, cancellationToken);
        await portal.WhenIndexedAsync(cancellationToken);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Console.WriteLine($"| page | server p50 | server p95 | server p99 | bytes |\n| --- | --- | --- | --- | --- |");
        var pages = BenchPages.Of(site).Select(page => (page, url: new Uri(server, page.Path))).ToList();
        var bytes = new Dictionary<Uri, long>();
        foreach (var (page, url) in pages)
        {
            var (size, _) = await PageCheck.RunAsync(http, url, page, cancellationToken);
            bytes[url] = size;
        }
        for (var warming = Stopwatch.StartNew(); warming.Elapsed < WarmUp;)
        {
            foreach (var (_, url) in pages)
            {
                (await http.GetAsync(url, cancellationToken)).Dispose();
            }
        }
        foreach (var (page, url) in pages)
        {
            timings.Clear();
            for (var i = 0; i < Requests; i++)
            {
                using var response = await http.GetAsync(url, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
            }
            var summary = LatencySummary.Of([.. timings.Millis]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {page.Figure} | {summary.P50:f2} ms | {summary.P95:f2} ms | {summary.P99:f2} ms | {bytes[url]:n0} |"));
        }
    }

    // The site a kept data folder already has: the same project and event the new site's figures use.
    private static async Task<BenchSite?> ExistingAsync(InProcessPortal portal, CancellationToken cancellationToken)
    {
        if (portal.Services.GetRequiredService<TenantRegistry>().Find("verkosto") is not { } tenant)
        {
            return null;
        }
        var clock = Stopwatch.StartNew();
        await using var scope = portal.Services.GetRequiredService<TenantScopes>().Create(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var items = db.ContentItems.AsNoTracking().Where(i => i.Published).OrderBy(i => i.Id);
        var project = await items.Where(i => i.ContentType == "Project").Skip(BenchSite.ProjectCount / 2).FirstAsync(cancellationToken);
        var evt = await items.Where(i => i.ContentType == "Event").Skip(BenchSite.EventCount / 2).FirstAsync(cancellationToken);
        var start = evt.Get<Events.EventPart>()!.StartDate;
        Console.Error.WriteLine($"  the kept site, read in {clock.Elapsed.TotalMilliseconds:f0} ms");
        return new BenchSite(tenant.Name, tenant.DisplayName, project, new DateOnly(start.Year, start.Month, 1), evt);
    }
}
