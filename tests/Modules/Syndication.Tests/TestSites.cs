using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Articles;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Events;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Syndication.Tests;

/// <summary>Sites with stories, events and projects for the tests: each test makes its own, and waits for its search index.</summary>
public static class TestSites
{
    public const string Recipe = """
        { "name": "syndication-test", "steps": [ { "name": "Features", "enable": ["Articles", "Events", "Projects", "Networks", "Providers"] } ] }
        """;

    public static Task<Tenant> CreateAsync(PortalHost host, bool listed = true) =>
        host.CreateSiteAsync(Recipe, t => t with { ListedInPortalSearch = listed });

    public static Task<ContentItem> AddStoryAsync(this PortalHost host, Tenant site, string title, bool publish = true, string culture = "fi",
        string? localizationSet = null) =>
        host.AddAsync(site, "Article", title, publish, item =>
        {
            item.Apply(new ArticlePart(Lead: $"{title}: lyhyt johdanto.")).Apply(new BodyPart($"<p>{title} & muuta.</p>"));
            item.Culture = culture;
            item.LocalizationSet = localizationSet;
        });

    public static Task<ContentItem> AddEventAsync(this PortalHost host, Tenant site, string title, EventPart when, bool publish = true,
        string? region = null, string culture = "fi") =>
        host.AddAsync(site, "Event", title, publish, item =>
        {
            item.Apply(new BodyPart($"<p>{title}</p>")).Apply(when);
            item.Culture = culture;
            if (region is not null)
            {
                item.Apply(new Taxonomies.TermsPart(new Dictionary<string, IReadOnlyList<string>> { ["regions"] = [region] }));
            }
        });

    public static async Task<ContentItem> AddAsync(this PortalHost host, Tenant site, string type, string title, bool publish,
        Action<ContentItem>? fill = null)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(site);
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var item = await content.NewAsync(type);
        item.Apply(new TitlePart(title)).Apply(new AutoroutePart());
        fill?.Invoke(item);
        await content.CreateAsync(item, publish);
        return item;
    }

    /// <summary>The XML at <paramref name="url"/> once <paramref name="ready"/> holds: the search index catches up in the background.</summary>
    public static Task<XDocument> XmlWhenAsync(this HttpClient client, string url, Func<string, bool> ready) =>
        Eventually.ValueAsync(async () =>
        {
            var text = await client.GetStringAsync(url);
            return ready(text) ? XDocument.Parse(text) : null;
        }, $"{url} as expected");
}
