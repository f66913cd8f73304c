using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Integration.Tests.Upgrade;

/// <summary>
/// A portal an earlier release set up, before the portal recipe ran the themes and service fields, gets them for its
/// lists' filters; its regions stay as they were, and no site gains a vocabulary.
/// </summary>
public sealed class PortalVocabularyUpgradeTests(UpgradedPortals portals) : IClassFixture<UpgradedPortals>
{
    public static TheoryData<string> Fixtures => UpgradedPortals.Names;

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_portal_gains_the_themes_and_service_fields_its_lists_filter_by(string fixture)
    {
        var portal = await portals.StartedAsync(fixture);

        var vocabularies = await VocabulariesAsync(portal, TenantName.Default);
        var theme = await portal.InSiteAsync<Vocabularies, string>(TenantName.Default, v => v.NameAsync("themes", "hyvinvointi", "sv", CancellationToken.None));

        Assert.Equal(["regions: 19", "service-fields: 6", "themes: 15"], vocabularies);
        Assert.Equal("Välmående", theme);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task A_site_gains_no_vocabulary(string fixture)
    {
        var portal = await portals.StartedAsync(fixture);

        // A leader group's site, made from its recipe, which runs no service fields.
        var vocabularies = await VocabulariesAsync(portal, "kylat");

        Assert.Equal(["municipalities", "regions", "themes"], vocabularies.Select(v => v[..v.IndexOf(':')]));
    }

    private static Task<List<string>> VocabulariesAsync(UpgradedPortal portal, string site) =>
        portal.InSiteAsync<TenantDbContext, List<string>>(site, async db =>
        [
            .. (await db.Set<Term>().GroupBy(t => t.Vocabulary).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
                .Select(v => $"{v.Key}: {v.Count}").Order(StringComparer.Ordinal),
        ]);
}
