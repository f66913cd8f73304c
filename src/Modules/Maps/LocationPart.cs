using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Maps;

/// <summary>
/// A point the editor gives (WGS84 degrees, as a map shows them), which puts the item on the map there rather than at its
/// municipality's centre. Both or neither: half a point is no place.
/// </summary>
public sealed record LocationPart(double? Latitude = null, double? Longitude = null) : ContentPart, IValidatableObject
{
    [JsonIgnore]
    public GeoPoint? Point => Latitude is { } latitude && Longitude is { } longitude ? new(latitude, longitude) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Latitude is null != Longitude is null)
        {
            yield return new ValidationResult("Give both the latitude and the longitude, or neither.",
                [Latitude is null ? nameof(Latitude) : nameof(Longitude)]);
        }
        if (Latitude is { } latitude && !GeoBounds.Finland.HasLatitude(latitude))
        {
            yield return new ValidationResult("The latitude is not in Finland: give degrees north between 59.4 and 70.1, such as 62.2426.",
                [nameof(Latitude)]);
        }
        if (Longitude is { } longitude && !GeoBounds.Finland.HasLongitude(longitude))
        {
            yield return new ValidationResult("The longitude is not in Finland: give degrees east between 19.0 and 31.6, such as 25.7473.",
                [nameof(Longitude)]);
        }
    }
}

/// <summary>A place in WGS84 degrees.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>A box of latitudes and longitudes.</summary>
public sealed record GeoBounds(double South, double West, double North, double East)
{
    /// <summary>Finland with Åland and the sea around them: Kökar's southern skerries (59.5) to Nuorgam (70.1), Märket (19.1) to Ilomantsi (31.6).</summary>
    public static readonly GeoBounds Finland = new(59.4, 19.0, 70.1, 31.6);

    public bool HasLatitude(double latitude) => latitude >= South && latitude <= North;

    public bool HasLongitude(double longitude) => longitude >= West && longitude <= East;

    public bool Contains(GeoPoint point) => HasLatitude(point.Latitude) && HasLongitude(point.Longitude);
}
