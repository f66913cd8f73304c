using AngleSharp.Dom;
using Verkostoportaali.Core;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests;

/// <summary>Sites with the Projects feature, and projects in them, for the tests to look at.</summary>
internal static class TestProjects
{
    private const string SiteRecipe = """
        { "name": "t", "steps": [ { "name": "Features", "enable": ["Projects"] } ] }
        """;

    /// <summary>Today in Finland by the real clock, as the host sees it.</summary>
    public static DateOnly Today => new FinnishCalendar(TimeProvider.System).Today;

    public static Task<Tenant> CreateSiteAsync(PortalHost host) => host.CreateSiteAsync(SiteRecipe);

    public static RegisterCardPart Card(string name, string? number = null, DateOnly? start = null, DateOnly? end = null) =>
        new() { Name = name, ImplementingOrganisation = "Kylätoimikunta ry", ProjectNumber = number, StartDate = start, EndDate = end };

    public static async Task<ContentItem> AddAsync(PortalHost host, Tenant site, RegisterCardPart? card, string? title = null,
        string? localizationSet = null)
    {
        var item = await host.InTenantAsync<ContentManager, ContentItem>(site, content => content.NewAsync(ProjectsModule.ProjectType));
        item.LocalizationSet = localizationSet;
        item.Apply(new TitlePart(title ?? card!.Name)).Apply(new AutoroutePart());
        if (card is not null)
        {
            item.Apply(card);
        }
        await host.InTenantAsync(site, content => content.CreateAsync(item, publish: true));
        return item;
    }

    /// <summary>Another user's change to the project, saved as a draft and not published.</summary>
    public static Task DraftAsync(PortalHost host, Tenant site, string id, string author, Func<RegisterCardPart, RegisterCardPart> edit) =>
        host.InTenantAsync(site, content => content.UpdateDraftAsync(id, draft =>
        {
            draft.Author = author;
            draft.Apply(edit(draft.Get<RegisterCardPart>()!));
        }));

    /// <summary>Every version of the project, oldest first.</summary>
    public static Task<List<ContentItem>> HistoryAsync(PortalHost host, Tenant site, string id) =>
        host.InTenantAsync<ContentManager, List<ContentItem>>(site, content => content.HistoryAsync(id));

    /// <summary>Seed 001 as the register shows it later: the project was extended to the end of 2024.</summary>
    public static string Seed001Extended => Fixtures.Text(Fixtures.Seed001).Replace("\n01.07.2024\n", "\n31.12.2024\n", StringComparison.Ordinal)
        .Replace("31.12.2020 - 01.07.2024", "31.12.2020 - 31.12.2024", StringComparison.Ordinal);

    /// <summary>The project titles a list page shows, in order.</summary>
    public static IReadOnlyList<string> Titles(IDocument page) =>
        [.. page.QuerySelectorAll(".content-list h3").Select(h => h.TextContent.Trim())];
}
