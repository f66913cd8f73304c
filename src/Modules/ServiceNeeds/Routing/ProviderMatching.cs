using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.ServiceNeeds.Reporting;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.ServiceNeeds.Routing;

/// <summary>
/// The site's published providers for a need, the matching ones first: a provider matches when its terms name the
/// need's service field and its service area covers the need's place (the village, its municipality, or the
/// municipality's region). Reads the Provider type through the content manager and the terms part, the contracts
/// of Contents and Taxonomies, not the Providers module's code.
/// </summary>
public sealed class ProviderMatching(ContentManager content, Vocabularies vocabularies)
{
    public const string ProviderType = "Provider";
    private const string Regions = "regions";

    public async Task<IReadOnlyList<Candidate>> CandidatesAsync(ServiceNeed need, CancellationToken cancellationToken = default)
    {
        // One site's providers are few enough to read whole, and matching by area needs every vocabulary of their terms.
        var providers = await content.Query(ProviderType).AsNoTracking().ToListAsync(cancellationToken);
        var area = await AreaAsync(need, cancellationToken);
        return [.. providers
            .Select(p => new Candidate(p.ContentItemId, p.DisplayText, Addresses(p), Matches(p, need.ServiceField, area)))
            .OrderByDescending(c => c.Matches).ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The vocabulary/term pairs whose presence in a provider's terms means it serves the need's place.</summary>
    private async Task<HashSet<(string Vocabulary, string Term)>> AreaAsync(ServiceNeed need, CancellationToken cancellationToken)
    {
        var area = new HashSet<(string, string)>();
        if (need.Place.Split('/') is [var vocabulary, var term])
        {
            area.Add((vocabulary, term));
        }
        if (need.Municipality is { } municipality)
        {
            area.Add((NeedChoices.Municipalities, municipality));
            var region = (await vocabularies.TermsAsync(NeedChoices.Municipalities, cancellationToken)).FirstOrDefault(t => t.Id == municipality)?.Parent;
            if (region is not null)
            {
                area.Add((Regions, region));
            }
        }
        return area;
    }

    private static bool Matches(ContentItem provider, string serviceField, HashSet<(string Vocabulary, string Term)> area)
    {
        var terms = provider.Get<TermsPart>();
        return terms is not null && terms.Of(NeedChoices.ServiceFields).Contains(serviceField)
            && terms.Terms.Any(v => v.Value.Any(t => area.Contains((v.Key, t))));
    }

    private static IReadOnlyList<string> Addresses(ContentItem provider) =>
        [.. (provider.Get<ContactsPart>()?.People ?? []).Select(p => p.Email?.Trim()).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}

/// <summary>A provider the coordinator may forward a need to; one without a contact address cannot be chosen.</summary>
public sealed record Candidate(string ContentItemId, string Name, IReadOnlyList<string> Emails, bool Matches)
{
    public bool CanReceive => Emails.Count > 0;
}
