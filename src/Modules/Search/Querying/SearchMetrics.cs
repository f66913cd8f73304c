using System.Diagnostics.Metrics;
using Verkostoportaali.Search.Outbox;

namespace Verkostoportaali.Search.Querying;

/// <summary>
/// The Search module's instruments, meter <c>Verkostoportaali.Search</c>: how long a search takes to answer, and how
/// many tenants' indexes on this node have not applied every change yet (the node's index lag).
/// </summary>
public sealed class SearchMetrics
{
    public const string MeterName = "Verkostoportaali.Search";

    private readonly Histogram<double> duration;

    public SearchMetrics(IMeterFactory meters, SearchBacklog backlog)
    {
        var meter = meters.Create(MeterName);
        duration = meter.CreateHistogram<double>("vp.search.duration", "ms", "Time to answer a search, from the result cache or the indexes");
        meter.CreateObservableGauge("vp.search.index.lagging_tenants", () => backlog.Pending.Count, "{tenant}",
            "Tenants whose search indexes on this node have changes still to apply");
    }

    public void Record(TimeSpan elapsed) => duration.Record(elapsed.TotalMilliseconds);
}
