using System.Globalization;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Networks.Search;

/// <summary>A network's area and purpose as text; its status and start for filters and facets.</summary>
public sealed class NetworkSearchFields : ISearchFields
{
    public void Map(ContentItem item, SearchDocument document)
    {
        if (item.Get<NetworkPart>() is not { } network)
        {
            return;
        }
        document.AddText(SearchFieldNames.Body, network.Purpose)
            .AddText("area", network.AreaOfOperation)
            .AddKeyword(SearchFieldNames.Status, network.Status.ToString().ToLowerInvariant())
            .AddDate(SearchFieldNames.Date, network.Started)
            .AddKeyword(SearchFieldNames.Year, network.Started?.Year.ToString(CultureInfo.InvariantCulture));
    }
}
