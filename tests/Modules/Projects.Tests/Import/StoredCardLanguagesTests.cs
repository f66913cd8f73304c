using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests.Import;

/// <summary>The data step for projects an earlier import stored as Swedish because of their card's Swedish labels.</summary>
[Collection(PortalCollection.Name)]
public sealed class StoredCardLanguagesTests(PortalHost host)
{
    private static readonly RegisterCardPart FinnishText = TestProjects.Card("Palveleva yhteisö 2020", "67867") with
    {
        PublicDescription = "Tämän hankkeen tavoitteena on kehittää ja kokeilla toimintamallia, jonka avulla palvelutarpeet välittyvät eteenpäin.",
        CardCulture = "sv",
    };

    [Fact]
    public async Task Swedish_project_with_Finnish_text_becomes_Finnish_with_every_version_and_draft_kept()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var project = await TestProjects.AddAsync(host, site, FinnishText);
        await TestProjects.DraftAsync(host, site, project.ContentItemId, "toimittaja", card => card with { Measure = "Toimittajan luonnos" });
        await SetCultureAsync(site, project.ContentItemId, "sv");

        await RunStepAsync(site);

        var history = await TestProjects.HistoryAsync(host, site, project.ContentItemId);
        Assert.Equal(["fi", "fi"], history.Select(v => v.Culture));
        Assert.Equal([null, "Toimittajan luonnos"], history.Select(v => v.Get<RegisterCardPart>()!.Measure));
        Assert.Equal("sv", history[0].Get<RegisterCardPart>()!.CardCulture);
    }

    [Fact]
    public async Task Swedish_project_with_Finnish_text_stays_Swedish_when_its_set_has_a_Finnish_item()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var finnish = await TestProjects.AddAsync(host, site, TestProjects.Card("Palveleva yhteisö", "67867"), localizationSet: "set-67867");
        var swedish = await TestProjects.AddAsync(host, site, FinnishText, title: "Betjänande gemenskap", localizationSet: "set-67867");
        await SetCultureAsync(site, swedish.ContentItemId, "sv");

        await RunStepAsync(site);

        Assert.Equal(["fi", "sv"], [.. (await TestProjects.HistoryAsync(host, site, finnish.ContentItemId)).Select(v => v.Culture),
            .. (await TestProjects.HistoryAsync(host, site, swedish.ContentItemId)).Select(v => v.Culture)]);
    }

    [Fact]
    public async Task Swedish_project_with_Swedish_text_stays_Swedish()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var swedish = await TestProjects.AddAsync(host, site, TestProjects.Card("Betjänande gemenskap", "67867") with
        {
            PublicDescription = "Projektets syfte är att utveckla och pröva en modell för att föra vidare servicebehov till dem som kan ge service.",
        });
        await SetCultureAsync(site, swedish.ContentItemId, "sv");

        await RunStepAsync(site);

        Assert.Equal("sv", Assert.Single(await TestProjects.HistoryAsync(host, site, swedish.ContentItemId)).Culture);
    }

    private Task SetCultureAsync(Tenant site, string id, string culture) =>
        host.InTenantAsync<TenantDbContext, int>(site, db =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "ContentItems" SET "Culture" = {0} WHERE "ContentItemId" = {1}""", culture, id));

    private Task RunStepAsync(Tenant site) =>
        host.InTenantAsync<TenantDbContext, bool>(site, async db =>
        {
            await new ProjectsModule().Migrations().Single(s => s.Number == 2).Data!(db, NullLogger.Instance, default);
            return true;
        });
}
