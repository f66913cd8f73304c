using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Providers.Search;

/// <summary>A provider's services and their quality marks (LuontoHoiva, LuontoVoima), which visitors search by name.</summary>
public sealed class ProviderSearchFields : ISearchFields
{
    /// <summary>Keywords the directories filter on: each service field term, and each service's quality mark kind.</summary>
    public const string ServiceField = "serviceField";
    public const string QualityMark = "qualityMark";

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
                document.AddText("services", mark.Kind.ToString()).AddKeyword(QualityMark, mark.Kind.ToString());
            }
        }
        document.AddKeyword("businessId", provider.BusinessId);
        foreach (var field in item.Get<TermsPart>()?.Of(ProviderTerms.ServiceFields) ?? [])
        {
            document.AddKeyword(ServiceField, field);
        }
    }
}
