using AngleSharp.Dom;
using Verkostoportaali.Core;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Providers.Tests;

/// <summary>Green Care tenants and providers for the tests to look at.</summary>
internal static class TestProviders
{
    public const string GreenCareRecipe = """
        { "name": "t", "steps": [ { "name": "Recipes", "run": ["green-care-network"] } ] }
        """;

    /// <summary>Today in Finland by the real clock, as the host sees it.</summary>
    public static DateOnly Today => new FinnishCalendar(TimeProvider.System).Today;

    public static Task<Tenant> CreateSiteAsync(PortalHost host) => host.CreateSiteAsync(GreenCareRecipe);

    public static async Task<ContentItem> AddAsync(PortalHost host, Tenant site, string name, ProviderPart provider,
        TermsPart? terms = null, bool publish = true)
    {
        ContentItem? item = null;
        await host.InTenantAsync(site, async content =>
        {
            item = await content.NewAsync(ProvidersModule.ProviderType);
            item.Apply(new TitlePart(name)).Apply(new AutoroutePart()).Apply(provider).Apply(terms ?? Terms());
            await content.CreateAsync(item, publish);
        });
        return item!;
    }

    public static TermsPart Terms(string? field = null, string? region = null, string? municipality = null) => new(
        new Dictionary<string, IReadOnlyList<string>>
        {
            [ProviderTerms.ServiceFields] = field is null ? [] : [field],
            [ProviderTerms.Regions] = region is null ? [] : [region],
            [ProviderTerms.Municipalities] = municipality is null ? [] : [municipality],
        });

    public static ProviderPart WithMark(string service, QualityMarkKind kind, DateOnly granted) =>
        new() { Services = [new ProviderService(service, QualityMark: new QualityMark(kind, granted))] };

    /// <summary>The provider names a directory page lists, in order.</summary>
    public static IReadOnlyList<string> Names(IDocument page) =>
        [.. page.QuerySelectorAll(".provider-summary h3").Select(h => h.TextContent.Trim())];
}
