using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Verkostoportaali.Bench.Search;

/// <summary>
/// Server time of each <c>/api/search</c> request, measured inside the server: from the first middleware seeing the
/// request to the response written to Kestrel (tenant resolution, routing, search, JSON), without the network.
/// </summary>
public sealed class ServerTimings : IStartupFilter
{
    private readonly ConcurrentQueue<double> millis = new();

    public IReadOnlyCollection<double> Millis => millis;

    public void Clear() => millis.Clear();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var start = Stopwatch.GetTimestamp();
            await nextMiddleware(context);
            if (context.Request.Path.StartsWithSegments("/api/search"))
            {
                millis.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        });
        next(app);
    };
}
