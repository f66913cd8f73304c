namespace Verkostoportaali.Maps;

/// <summary>The <c>Portal:Map</c> configuration section: where the map's tiles come from, and whose they are.</summary>
public sealed class MapOptions
{
    public const string Section = "Portal:Map";

    /// <summary>A Leaflet tile address with <c>{z}</c>, <c>{x}</c> and <c>{y}</c>; OpenStreetMap's by default.</summary>
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The tiles' attribution as plain text, which the map links to <see cref="AttributionUrl"/>.</summary>
    public string Attribution { get; set; } = "© OpenStreetMap contributors";

    public string AttributionUrl { get; set; } = "https://www.openstreetmap.org/copyright";
}
