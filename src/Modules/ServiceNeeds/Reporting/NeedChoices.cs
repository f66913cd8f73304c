using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.ServiceNeeds.Reporting;

/// <summary>
/// The site's service fields and places (its villages, then the municipalities of its region), named in a language;
/// the form offers them and a posted value must be one of them.
/// </summary>
public sealed class NeedChoices(Vocabularies vocabularies, TenantContext tenant)
{
    public const string ServiceFields = "service-fields";
    public const string Villages = "villages";
    public const string Municipalities = "municipalities";

    public async Task<IReadOnlyList<Choice>> ServiceFieldsAsync(string culture, CancellationToken cancellationToken = default) =>
        [.. (await vocabularies.TermsAsync(ServiceFields, cancellationToken)).Select(t => new Choice(t.Id, t.Name.For(culture)))];

    public async Task<IReadOnlyList<Place>> PlacesAsync(string culture, CancellationToken cancellationToken = default)
    {
        var region = tenant.Tenant.Region;
        var municipalities = (await vocabularies.TermsAsync(Municipalities, cancellationToken))
            .Where(m => region is null || m.Parent == region).ToList();
        var villages = await vocabularies.TermsAsync(Villages, cancellationToken);
        return
        [
            .. villages.Select(v => new Place($"{Villages}/{v.Id}", v.Name.For(culture), v.Parent, IsVillage: true)),
            .. municipalities.Select(m => new Place($"{Municipalities}/{m.Id}", m.Name.For(culture), m.Id, IsVillage: false)),
        ];
    }

    /// <summary>The place's name in the culture; the stored value itself for a term the site no longer has.</summary>
    public async Task<string> PlaceNameAsync(string place, string culture, CancellationToken cancellationToken = default) =>
        (await PlacesAsync(culture, cancellationToken)).FirstOrDefault(p => p.Value == place)?.Name ?? place;

    public Task<string> ServiceFieldNameAsync(string field, string culture, CancellationToken cancellationToken = default) =>
        vocabularies.NameAsync(ServiceFields, field, culture, cancellationToken);

    /// <summary>The need's service field and place named in the culture, as the need's pages show them.</summary>
    public async Task<NeedNames> NamesAsync(ServiceNeed need, string culture, CancellationToken cancellationToken = default) =>
        new(await ServiceFieldNameAsync(need.ServiceField, culture, cancellationToken), await PlaceNameAsync(need.Place, culture, cancellationToken));
}

public sealed record NeedNames(string ServiceField, string Place);

public sealed record Choice(string Value, string Name);

/// <summary>A place a need can be at: <paramref name="Value"/> is <c>vocabulary/term</c>, <paramref name="Municipality"/> its municipality's term.</summary>
public sealed record Place(string Value, string Name, string? Municipality, bool IsVillage);
