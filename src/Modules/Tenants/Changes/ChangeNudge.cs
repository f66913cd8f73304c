using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Verkostoportaali.Tenants.Changes;

/// <summary>
/// With <c>ConnectionStrings:Redis</c>, each write to the change feed is announced on a Redis channel, and a node that
/// hears it reads the feed at once; while Redis is connected the nodes poll the feed only every
/// <see cref="ChangeFeedOptions.PollWithRedis"/>. The feed in the database stays the one record of what changed, so a
/// lost message, or Redis down, costs only time: without a connection the feed is polled every half second again.
/// </summary>
public sealed class ChangeNudge : IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("verkostoportaali:changes");

    private readonly ConnectionMultiplexer? redis;
    private readonly ILogger<ChangeNudge> logger;
    private volatile bool heard;

    public ChangeNudge(IConfiguration configuration, ILogger<ChangeNudge> logger)
    {
        this.logger = logger;
        if (configuration.GetConnectionString("Redis") is not { Length: > 0 } connectionString)
        {
            return;
        }
        var options = ConfigurationOptions.Parse(connectionString);
        // A node starts, and keeps serving, while Redis is down; the client connects again in the background.
        options.AbortOnConnectFail = false;
        redis = ConnectionMultiplexer.Connect(options);
        redis.GetSubscriber().Subscribe(Channel, (_, _) => heard = true);
    }

    /// <summary>Whether another node's announcements can reach this one now.</summary>
    public bool IsConnected => redis?.IsConnected == true;

    /// <summary>Whether an announcement came since the last call.</summary>
    public bool TakeHeard()
    {
        var was = heard;
        heard = false;
        return was;
    }

    /// <summary>Tells the other nodes that the feed has new rows; never waits for Redis, nor fails when it is down.</summary>
    public void Announce()
    {
        if (redis is null)
        {
            return;
        }
        try
        {
            redis.GetSubscriber().Publish(Channel, "", CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "Redis did not take the change announcement; the other nodes read the change feed at their next poll.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }
}

/// <summary><c>Portal:ChangeFeed</c>: how often a node reads the change feed while Redis announces changes.</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "Portal:ChangeFeed";

    /// <summary>A safety net for a lost announcement; Redis down brings back the half-second poll.</summary>
    public TimeSpan PollWithRedis { get; set; } = TimeSpan.FromSeconds(10);
}
