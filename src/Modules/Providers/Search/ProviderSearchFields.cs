using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;

namespace Verkostoportaali.Providers.Search;

/// <summary>A provider's services and their quality marks (LuontoHoiva, LuontoVoima), which visitors search by name.</summary>
public sealed class ProviderSearchFields : ISearchFields
{
    public void Map(ContentItem item, SearchDocument document)
    {
        if (item.Get<ProviderPart>() is not { } provider)
        {
            return;
        }
        foreach (var service in provider.Services)
        {
            document.AddText("services", service.Name, boost: 1.5f).AddText(SearchFieldNames.Body, service.Description);
            if (service.QualityMark is { } mark)
            {
                document.AddText("services", mark.Kind.ToString()).AddKeyword("qualityMark", mark.Kind.ToString());
            }
        }
        document.AddKeyword("businessId", provider.BusinessId);
    }
}
