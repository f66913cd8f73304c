using System.Globalization;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Indexing;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Maps.Search;

/// <summary>
/// Where a provider, event or network is, for maps built from the search indexes: the editor's own point, stored, and
/// the first of its municipalities that has a centre, stored by id (its centre is looked up when the map is drawn, so a
/// corrected centre needs no reindex); and the keywords the map filters on.
/// </summary>
public sealed class MapSearchFields(MunicipalityCentres centres) : ISearchFields
{
    /// <summary>Keyword "yes" on every item the map can place.</summary>
    public const string Located = "mapLocated";
    /// <summary>Keyword: the region of the place (the municipality's region, else the item's own region).</summary>
    public const string Region = "mapRegion";
    /// <summary>Keyword: each service field term of the item.</summary>
    public const string ServiceField = "serviceField";
    /// <summary>Stored: the editor's point, in invariant-culture degrees.</summary>
    public const string Latitude = "lat";
    public const string Longitude = "lon";
    /// <summary>Stored: the id of the municipality whose centre places the item, when it has no point of its own.</summary>
    public const string Municipality = "mapMunicipality";

    public const string ServiceFieldsVocabulary = "service-fields";

    public void Map(ContentItem item, SearchDocument document)
    {
        if (!MapsModule.MappedTypes.Contains(item.ContentType))
        {
            return;
        }
        var terms = item.Get<TermsPart>();
        var point = item.Get<LocationPart>()?.Point;
        var municipality = (terms?.Of(MunicipalityCentres.Vocabulary) ?? []).Select(centres.Find).OfType<Municipality>().FirstOrDefault();
        if (point is null && municipality is null)
        {
            return;
        }
        document.AddKeyword(Located, "yes")
            .AddKeyword(Region, municipality?.Region ?? terms?.Of("regions").FirstOrDefault())
            .AddStored(Municipality, municipality?.Id);
        if (point is not null)
        {
            document.AddStored(Latitude, point.Latitude.ToString("R", CultureInfo.InvariantCulture))
                .AddStored(Longitude, point.Longitude.ToString("R", CultureInfo.InvariantCulture));
        }
        foreach (var field in terms?.Of(ServiceFieldsVocabulary) ?? [])
        {
            document.AddKeyword(ServiceField, field);
        }
    }
}
