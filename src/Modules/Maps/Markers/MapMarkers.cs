using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Verkostoportaali.Core;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Indexing;
using Verkostoportaali.Maps.Search;

namespace Verkostoportaali.Maps.Markers;

/// <summary>What the map shows, by the lists' facets: a content type, a region, a service field and a theme; null is any.</summary>
public sealed record MapFilter(string? Type = null, string? Region = null, string? ServiceField = null, string? Theme = null);

/// <summary>One place on the map; <see cref="Site"/> is the site's display name, given on the portal's map.</summary>
public sealed record MapMarker(
    string Title,
    string Type,
    string Url,
    [property: JsonPropertyName("lat")] double Latitude,
    [property: JsonPropertyName("lon")] double Longitude,
    string? Municipality,
    string? MunicipalityName,
    string? Site);

/// <summary>
/// The providers, events and networks with a place, from the search indexes: a site's own, or on the portal every
/// listed site's, without opening any site's database. Events that have ended are left out.
/// </summary>
public sealed class MapMarkers(TenantContext current, TenantRegistry registry, IContentListing listing, MunicipalityCentres centres,
    TimeProvider clock)
{
    public IReadOnlyList<MapMarker> Find(MapFilter filter, string culture, HttpRequest request)
    {
        var keywords = new Dictionary<string, string>(StringComparer.Ordinal) { [MapSearchFields.Located] = "yes" };
        AddIfGiven(keywords, MapSearchFields.Region, filter.Region);
        AddIfGiven(keywords, MapSearchFields.ServiceField, filter.ServiceField);
        var types = filter.Type is { } type ? [type] : MapsModule.MappedTypes;
        var items = listing.List(new ListingRequest(culture, types, Theme: filter.Theme, Size: ListingRequest.MaxSize, Keywords: keywords),
            listing.SitesFor(current.Tenant), listing.RelativeUrls(request)).Items;
        var today = HelsinkiTime.Today(clock);
        return [.. items.Where(i => !HasEnded(i, today)).Select(i => Marker(i, culture)).OfType<MapMarker>()
            .OrderBy(m => m.MunicipalityName, StringComparer.CurrentCulture).ThenBy(m => m.Title, StringComparer.CurrentCulture)];
    }

    private static void AddIfGiven(Dictionary<string, string> keywords, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            keywords[field] = value;
        }
    }

    private MapMarker? Marker(ListedItem item, string culture)
    {
        var municipality = item.Values.GetValueOrDefault(MapSearchFields.Municipality) is { } id ? centres.Find(id) : null;
        var point = OwnPoint(item) ?? municipality?.Centre;
        if (point is null)
        {
            return null;
        }
        var site = current.Tenant.IsDefault ? registry.Find(item.Tenant)?.DisplayName : null;
        return new MapMarker(item.Title, item.ContentType, item.Url,
            point.Latitude, point.Longitude, municipality?.Id, municipality?.Name.For(culture), site);
    }

    private static GeoPoint? OwnPoint(ListedItem item) =>
        double.TryParse(item.Values.GetValueOrDefault(MapSearchFields.Latitude), NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
        && double.TryParse(item.Values.GetValueOrDefault(MapSearchFields.Longitude), NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            ? new GeoPoint(latitude, longitude) : null;

    // An event's end (or start) is stored as "2030-06-15" or "2030-06-15T18:00"; the date is its first ten characters.
    private static bool HasEnded(ListedItem item, DateOnly today) =>
        (item.Values.GetValueOrDefault(SearchFieldNames.End) ?? item.Values.GetValueOrDefault(SearchFieldNames.Start)) is { Length: >= 10 } last
        && DateOnly.TryParseExact(last[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && day < today;
}
