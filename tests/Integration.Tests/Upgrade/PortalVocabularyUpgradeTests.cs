using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Taxonomies;

namespace Verkostoportaali.Integration.Tests.Upgrade;

/// <summary>
/// A portal an earlier release set up, before the portal recipe ran the themes and service fields, gets them for its
/// lists' filters; its regions, and a themes vocabulary it has already, stay as they were, and no site gains a vocabulary.
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
    public async Task A_themes_vocabulary_the_portal_has_already_keeps_its_own_terms(string fixture)
    {
        var portal = await portals.StartedAsync(fixture, "own-themes", AddOwnThemesAsync);

        var vocabularies = await VocabulariesAsync(portal, TenantName.Default);
        var ownTheme = await portal.InSiteAsync<Vocabularies, string>(TenantName.Default, v => v.NameAsync("themes", "kalastus", "fi", CancellationToken.None));

        Assert.Equal(["regions: 19", "service-fields: 6", "themes: 1"], vocabularies);
        Assert.Equal("Kalastus", ownTheme);
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

    // As an administrator could have made it before the upgrade: a themes vocabulary of one term of the portal's own.
    private static async Task AddOwnThemesAsync(string dataFolder)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "Sites", TenantName.Default, "content.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "Vocabularies" ("Id", "Label_Fi", "Label_Sv", "Label_En") VALUES ('themes', 'Omat teemat', 'Egna teman', 'Own themes');
            INSERT INTO "Terms" ("Vocabulary", "Id", "Parent", "Order", "Name_Fi", "Name_Sv", "Name_En")
                VALUES ('themes', 'kalastus', NULL, 0, 'Kalastus', 'Fiske', 'Fishing');
            """;
        await command.ExecuteNonQueryAsync();
    }

    private static Task<List<string>> VocabulariesAsync(UpgradedPortal portal, string site) =>
        portal.InSiteAsync<TenantDbContext, List<string>>(site, async db =>
        [
            .. (await db.Set<Term>().GroupBy(t => t.Vocabulary).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
                .Select(v => $"{v.Key}: {v.Count}").Order(StringComparer.Ordinal),
        ]);
}
