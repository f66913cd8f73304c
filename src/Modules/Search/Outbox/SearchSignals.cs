using System.Threading.Channels;

namespace Verkostoportaali.Search.Outbox;

/// <summary>Tells this node's index worker that a tenant has new outbox rows, so it indexes them at once instead of at the next sweep.</summary>
public sealed class SearchSignals
{
    private readonly Channel<string> tenants = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Changed(string tenant) => tenants.Writer.TryWrite(tenant);

    internal ChannelReader<string> Reader => tenants.Reader;
}
