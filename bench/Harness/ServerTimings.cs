using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Verkostoportaali.Bench.Harness;

/// <summary>
/// Server time of each request under <paramref name="path"/> (as the client sends it, tenant prefix included; every
/// request when none is given), measured inside the server: from the first middleware seeing the request to the
/// response written to Kestrel (tenant resolution, routing, output cache, the page or endpoint), without the network.
/// The portal sends no Server-Timing header.
/// </summary>
public sealed class ServerTimings(PathString path = default) : IStartupFilter
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
            if (context.Request.Path.StartsWithSegments(path))
            {
                millis.Enqueue(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        });
        next(app);
    };
}
