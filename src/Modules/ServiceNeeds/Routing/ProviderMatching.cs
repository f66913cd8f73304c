using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Settings;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.ServiceNeeds.Reporting;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.ServiceNeeds.Routing;

/// <summary>
/// The site's published providers for a need, the matching ones first: a provider matches when its terms name the
/// need's service field and its service area covers the need's place (the village, its municipality, or the
/// municipality's region). When the site allows it (<see cref="ServiceNeedSettings.MatchOtherSites"/>), the matching
/// providers of the portal's other sites are offered too; the vocabularies of service fields, municipalities and
/// regions are the portal's shared code lists, so their term ids mean the same on every site. Reads the Provider type
/// through the content manager and the terms part, the contracts of Contents and Taxonomies, not the Providers module's code.
/// </summary>
public sealed class ProviderMatching(ContentManager content, Vocabularies vocabularies, SiteSettingsStore settings, TenantContext site,
    TenantRegistry registry, TenantScopes scopes)
{
    public const string ProviderType = "Provider";
    private const string ProvidersFeature = "Providers";
    private const string Regions = "regions";

    public async Task<IReadOnlyList<Candidate>> CandidatesAsync(ServiceNeed need, CancellationToken cancellationToken = default)
    {
        var area = await AreaAsync(need, cancellationToken);
        // One site's providers are few enough to read whole, and matching by area needs every vocabulary of their terms.
        var candidates = (await ProvidersAsync(content, cancellationToken))
            .Select(p => Candidate.Of(p, site: null, Matches(p, need.ServiceField, area))).ToList();
        if (need.Municipality is not null && (await settings.GetAsync<ServiceNeedSettings>(cancellationToken)).MatchOtherSites)
        {
            foreach (var other in registry.All.Where(t => t.State == TenantState.Running && t.Name != site.Tenant.Name && t.HasFeature(ProvidersFeature)))
            {
                await using var scope = scopes.Create(other);
                var providers = await ProvidersAsync(scope.ServiceProvider.GetRequiredService<ContentManager>(), cancellationToken);
                candidates.AddRange(providers.Where(p => Matches(p, need.ServiceField, area)).Select(p => Candidate.Of(p, other, matches: true)));
            }
        }
        return [.. candidates.OrderByDescending(c => c.Matches).ThenBy(c => c.Site is not null)
            .ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private static Task<List<ContentItem>> ProvidersAsync(ContentManager manager, CancellationToken cancellationToken) =>
        manager.Query(ProviderType).AsNoTracking().ToListAsync(cancellationToken);

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
}

/// <summary>
/// A provider the coordinator may forward a need to; one without a contact address cannot be chosen. A provider of
/// another site has that site's name, and an id that names the site, so that ids of two sites never collide. Mails to
/// it are in its page's language.
/// </summary>
public sealed record Candidate(string ContentItemId, string Name, IReadOnlyList<string> Emails, bool Matches, string Language, string? Site = null)
{
    public bool CanReceive => Emails.Count > 0;

    public static Candidate Of(ContentItem provider, Tenant? site, bool matches) => new(
        site is null ? provider.ContentItemId : $"{site.Name}/{provider.ContentItemId}",
        provider.DisplayText, Addresses(provider), matches, provider.Culture, site?.DisplayName);

    private static IReadOnlyList<string> Addresses(ContentItem provider) =>
        [.. (provider.Get<ContactsPart>()?.People ?? []).Select(p => p.Email?.Trim()).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
