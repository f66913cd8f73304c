using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Networks.JoinRequests;

namespace Verkostoportaali.Networks;

/// <summary>Puts together what a network's page shows besides its parts: linked events, the join form and JSON-LD.</summary>
public sealed class NetworkDisplay(ContentManager content, SiteSettingsStore settings)
{
    public async Task<NetworkDetail> DetailAsync(ContentItem item, HttpRequest request, CancellationToken cancellationToken = default)
    {
        var network = item.Get<NetworkPart>() ?? new NetworkPart();
        var sent = request.Query[JoinForm.SentQuery] == JoinForm.SentValue;
        var form = await JoinFormAsync(item, new JoinRequestInput(), cancellationToken) with { Sent = sent };
        var url = ContentDisplay.AbsoluteUrlOf(item, request)?.ToString() ?? "";
        return new NetworkDetail(item, network, await LinkedEventsAsync(network, cancellationToken), form, NetworkJsonLd.For(item, url));
    }

    public async Task<JoinForm> JoinFormAsync(ContentItem network, JoinRequestInput input, CancellationToken cancellationToken = default) =>
        new(network.Slug ?? "", input, (await settings.GetAsync<NetworkSettings>(cancellationToken)).JoinRequestRetentionMonths);

    /// <summary>The published items among the network's linked events, in the order the network lists them.</summary>
    private async Task<IReadOnlyList<ContentItem>> LinkedEventsAsync(NetworkPart network, CancellationToken cancellationToken)
    {
        if (network.LinkedEventIds.Count == 0)
        {
            return [];
        }
        var ids = network.LinkedEventIds;
        var found = await content.Query().Where(i => ids.Contains(i.ContentItemId)).ToListAsync(cancellationToken);
        return [.. ids.Select(id => found.Find(i => i.ContentItemId == id)).OfType<ContentItem>()];
    }
}

public sealed record NetworkDetail(ContentItem Item, NetworkPart Network, IReadOnlyList<ContentItem> Events, JoinForm Form, string JsonLd);
