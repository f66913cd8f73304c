using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Verkostoportaali.Indexing;
using Verkostoportaali.Localization;
using Verkostoportaali.Maps.Markers;
using Verkostoportaali.Maps.Search;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Maps.Pages.Map;

/// <summary>
/// The map page: the same filters as the lists, as a plain GET form, and the places as a list grouped by municipality,
/// always in the HTML; <c>map.js</c> draws them on a Leaflet map above the list. Unknown filter values are ignored.
/// </summary>
public sealed class IndexModel(MapMarkers markers, Vocabularies vocabularies, IContentListing listing, IOptions<MapOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "region")]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "field")]
    public string? ServiceField { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    /// <summary>The mapped types with their labels in the page's language.</summary>
    public IReadOnlyDictionary<string, string> Types { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<Term> Regions { get; private set; } = [];
    public IReadOnlyList<Term> ServiceFields { get; private set; } = [];
    public IReadOnlyList<Term> Themes { get; private set; } = [];
    public IReadOnlyList<MapMarker> Markers { get; private set; } = [];
    public MapOptions Tiles => options.Value;
    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The places by municipality, alphabetically; places without one (an own point only) last.</summary>
    public IEnumerable<IGrouping<string?, MapMarker>> ByMunicipality =>
        Markers.GroupBy(m => m.MunicipalityName).OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.CurrentCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var culture = HttpContext.Language();
        Types = MapsModule.MappedTypes.ToDictionary(t => t, t => listing.TypeLabel(t, culture));
        Regions = await vocabularies.TermsAsync("regions", cancellationToken);
        ServiceFields = await vocabularies.TermsAsync(MapSearchFields.ServiceFieldsVocabulary, cancellationToken);
        Themes = await vocabularies.TermsAsync("themes", cancellationToken);
        Type = Type is not null && Types.ContainsKey(Type) ? Type : null;
        Region = Regions.Any(t => t.Id == Region) ? Region : null;
        ServiceField = ServiceFields.Any(t => t.Id == ServiceField) ? ServiceField : null;
        Theme = Themes.Any(t => t.Id == Theme) ? Theme : null;
        Markers = markers.Find(new MapFilter(Type, Region, ServiceField, Theme), culture, Request);
    }
}
