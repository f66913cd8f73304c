using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Bench.Harness;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Bench.Pages;

/// <summary>
/// How long after a publish returns its item is on its own page and first on the list, with the output cache on and
/// the list kept in it: a new project without an end date (so first on the list's first page), published through the
/// site's <see cref="Core.Content.ContentManager"/> as the admin's Publish is, then both addresses asked, one after
/// the other, every millisecond until they show it.
/// </summary>
public static class PublishToPage
{
    public const double TargetMilliseconds = 1000;
    private const int Runs = 20;
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(10);

    public static async Task<LatencySummary> MeasureAsync(InProcessPortal portal, Uri server, BenchSite site, CancellationToken cancellationToken)
    {
        var tenant = portal.Services.GetRequiredService<TenantRegistry>().Find(site.Name)!;
        var scopes = portal.Services.GetRequiredService<TenantScopes>();
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var list = $"/{site.Name}/hankkeet";
        var millis = new List<double>(Runs);
        for (var run = 1; run <= Runs; run++)
        {
            await http.GetStringAsync(list, cancellationToken);
            var title = string.Create(CultureInfo.InvariantCulture, $"Juuri julkaistu hanke {run}");
            var published = (await BulkContent.CreateAsync(scopes, tenant, "Project", 1, (item, _) => item.Apply(new TitlePart(title)).Apply(new AutoroutePart()),
                cancellationToken))[0];
            var clock = Stopwatch.StartNew();
            await ShownAsync(http, list, $"{BenchSite.ProjectCount + run} hanketta", clock, cancellationToken);
            await ShownAsync(http, $"/{site.Name}/{published.Slug}", title, clock, cancellationToken);
            millis.Add(clock.Elapsed.TotalMilliseconds);
        }
        return LatencySummary.Of(millis);
    }

    private static async Task ShownAsync(HttpClient http, string path, string text, Stopwatch clock, CancellationToken cancellationToken)
    {
        while (!(await http.GetStringAsync(path, cancellationToken)).Contains(text, StringComparison.Ordinal))
        {
            if (clock.Elapsed > GiveUpAfter)
            {
                throw new InvalidOperationException($"{path} did not show \"{text}\" {GiveUpAfter.TotalSeconds:f0} s after the publish.");
            }
            await Task.Delay(1, cancellationToken);
        }
    }
}
