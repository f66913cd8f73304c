using Verkostoportaali.Contents;
using Verkostoportaali.Contents.Import;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Projects.Import;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests.Import;

[Collection(PortalCollection.Name)]
public sealed class RegisterImporterTests(PortalHost host)
{
    private static readonly ImportOptions Publish = new(Publish: true, Overwrite: false, User: "toimittaja");

    [Fact]
    public async Task Swedish_card_of_a_Finnish_projects_number_adds_the_Swedish_variant_of_the_same_project()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        await ImportAsync(site, Fixtures.Text(Fixtures.Seed001));

        var outcome = Assert.Single(await ImportAsync(site, Fixtures.Text(Fixtures.SwedishCardOf001)));

        Assert.Equal(ImportAction.Create, outcome.Action);
        var projects = await new ImportRun(host, site).ProjectsAsync();
        Assert.Equal(["fi", "sv"], projects.Select(p => p.Culture));
        Assert.Single(projects.Select(p => p.LocalizationSet).Distinct());
        Assert.NotNull(projects[0].LocalizationSet);
        Assert.Equal("Delaktighet ger nya servicelösningar och välmående i Norra Savolax", projects[1].DisplayText);
        Assert.Equal(["Kehittämishanke", "Utvecklingsprojekt"], projects.Select(p => p.Get<RegisterCardPart>()!.Measure));
    }

    [Fact]
    public async Task Card_from_the_older_Swedish_UI_with_Finnish_text_is_updated_by_the_Finnish_card_of_its_number()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var finnish = Fixtures.Text(Fixtures.Seed003).Replace("Avslutat", "Päättynyt", StringComparison.Ordinal)
            .Replace("Onko Leader", "Onko kyseessä Leader-hanke?", StringComparison.Ordinal)
            .Replace("Lokal/Regional", "Paikallinen/Alueellinen", StringComparison.Ordinal);

        await ImportAsync(site, Fixtures.Text(Fixtures.Seed003));
        await ImportAsync(site, finnish);

        var project = Assert.Single(await new ImportRun(host, site).ProjectsAsync());
        Assert.Equal("fi", project.Culture);
        Assert.Equal(("Paikallinen/Alueellinen", "fi"), (project.Get<RegisterCardPart>()!.Scope, project.Get<RegisterCardPart>()!.CardCulture));
    }

    [Fact]
    public async Task Translation_of_a_project_made_by_hand_links_the_two_into_one_localization_set()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var handMade = await TestProjects.AddAsync(host, site, TestProjects.Card("Käsin tehty hanke", number: "145432"));

        await ImportAsync(site, Fixtures.Text(Fixtures.SwedishCardOf001));

        var projects = await new ImportRun(host, site).ProjectsAsync();
        Assert.Equal([handMade.ContentItemId, handMade.ContentItemId], projects.Select(p => p.LocalizationSet));
        Assert.All(projects, p => Assert.True(p.Published));
    }

    [Fact]
    public async Task Swedish_card_leaves_another_users_draft_of_the_Finnish_variant_unpublished()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var finnish = await TestProjects.AddAsync(host, site, TestProjects.Card("Käsin tehty hanke", number: "145432"));
        await TestProjects.DraftAsync(host, site, finnish.ContentItemId, "toinen", card => card with { Measure = "Toisen luonnos" });

        await ImportAsync(site, Fixtures.Text(Fixtures.SwedishCardOf001));

        var versions = await TestProjects.HistoryAsync(host, site, finnish.ContentItemId);
        Assert.Equal([(true, false, null), (false, true, "Toisen luonnos")],
            versions.Select(v => (v.Published, v.Latest, v.Get<RegisterCardPart>()!.Measure)));
        Assert.All(versions, v => Assert.Equal(finnish.ContentItemId, v.LocalizationSet));
    }

    [Fact]
    public async Task Field_changed_by_hand_is_a_conflict_kept_on_reimport_while_the_registers_changes_go_in()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var id = Assert.Single(await ImportAsync(site, Fixtures.Text(Fixtures.Seed001))).ContentItemId!;
        await EditAsync(site, id, card => card with { Scope = "Alueellinen" });

        var outcome = Assert.Single(await ImportAsync(site, TestProjects.Seed001Extended));

        Assert.Equal(ImportAction.Update, outcome.Action);
        Assert.Equal([new FieldChange("Scope", "Alueellinen", "Paikallinen/Alueellinen")], outcome.Conflicts);
        Assert.Equal([new FieldChange("End date", "01.07.2024", "31.12.2024")], outcome.Changes);
        var card = await CardAsync(site, id);
        Assert.Equal(("Alueellinen", new DateOnly(2024, 12, 31)), (card.Scope, card.EndDate));
    }

    [Fact]
    public async Task Same_card_again_reports_the_hand_made_change_as_a_conflict_and_changes_nothing_unless_overwriting()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var id = Assert.Single(await ImportAsync(site, Fixtures.Text(Fixtures.Seed001))).ContentItemId!;
        await EditAsync(site, id, card => card with { Measure = "Oma toimenpide" });

        var kept = Assert.Single(await ImportAsync(site, Fixtures.Text(Fixtures.Seed001)));
        var overwritten = Assert.Single(await ImportAsync(site, Fixtures.Text(Fixtures.Seed001), Publish with { Overwrite = true }));

        Assert.Equal(ImportAction.Unchanged, kept.Action);
        Assert.Equal([new FieldChange("Measure", "Oma toimenpide", "Kehittämishanke")], kept.Conflicts);
        Assert.Equal(ImportAction.Update, overwritten.Action);
        Assert.Equal("Kehittämishanke", (await CardAsync(site, id)).Measure);
    }

    [Fact]
    public async Task Cards_contact_people_become_the_projects_contacts_and_the_editors_own_contacts_stay()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var contact = "\n\nEeva-Liisa Kemppainen\nhankevetäjä\nPuh. 040 774 2080\nEmail: eeva-liisa.kemppainen@kainuuleader.fi";
        var created = Assert.Single(await ImportAsync(site, Fixtures.Text(Fixtures.Seed001) + contact));
        await host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(created.ContentItemId!, draft =>
                draft.Apply(new ContactsPart([.. draft.Get<ContactsPart>()!.People, new ContactPerson("Toimittajan lisäämä")])));
            await content.PublishAsync(created.ContentItemId!);
        });

        var again = Assert.Single(await ImportAsync(site, Fixtures.Text(Fixtures.Seed001) + contact));
        var changed = Assert.Single(await ImportAsync(site, Fixtures.Text(Fixtures.Seed001) + contact.Replace("040 774 2080", "040 111 2222", StringComparison.Ordinal)));

        Assert.Contains(new FieldChange("Contact people", null,
            "Eeva-Liisa Kemppainen, hankevetäjä, 040 774 2080, eeva-liisa.kemppainen@kainuuleader.fi"), created.Changes);
        Assert.Equal(ImportAction.Unchanged, again.Action);
        Assert.Equal(ImportAction.Update, changed.Action);
        var project = Assert.Single(await new ImportRun(host, site).ProjectsAsync());
        Assert.Equal([("Eeva-Liisa Kemppainen", "040 111 2222"), ("Toimittajan lisäämä", null)],
            project.Get<ContactsPart>()!.People.Select(p => (p.Name, p.Phone)));
        var page = await HtmlPages.GetPageAsync(host.CreateClient(), $"/{site.Name}/{project.Slug}");
        Assert.Contains("Eeva-Liisa Kemppainen", page.QuerySelector(".contacts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_card_is_reported_and_the_other_cards_of_the_text_go_in()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var tooLong = Fixtures.Text(Fixtures.Seed002).Replace("\nInterregional\n", "\n" + new string('x', 400) + "\n", StringComparison.Ordinal);

        var outcomes = await ImportAsync(site, Fixtures.Text(Fixtures.Seed001) + "\n" + tooLong + "\n" + Fixtures.Text(Fixtures.Seed003));

        Assert.Equal([ImportAction.Create, ImportAction.Fail, ImportAction.Create], outcomes.Select(o => o.Action));
        Assert.StartsWith("The project was not saved:", outcomes[1].Error!.Format(), StringComparison.Ordinal);
        Assert.Contains("RegisterCardPart.Scope", outcomes[1].Error!.Format(), StringComparison.Ordinal);
        Assert.Equal(["145432", "67867"], (await new ImportRun(host, site).ProjectsAsync()).Select(p => p.Get<RegisterCardPart>()!.ProjectNumber));
    }

    [Fact]
    public async Task Card_without_a_project_number_is_refused_before_anything_is_written()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        var text = "Julkinen hankekuvaus\n\nKuvaus.\n\nToimenpide\n\nKehittämishanke\n\nHankeluonne\n\nPaikallinen/Alueellinen";

        var outcome = Assert.Single(await ImportAsync(site, text));

        Assert.Equal(ImportAction.Fail, outcome.Action);
        Assert.Equal("Line 1: The card has no project number, which a project is imported by.", outcome.Error!.Format());
        Assert.Empty(await new ImportRun(host, site).ProjectsAsync());
    }

    [Fact]
    public async Task Preview_tells_what_would_change_and_writes_nothing()
    {
        var site = await TestProjects.CreateSiteAsync(host);

        var outcome = await host.InTenantAsync<RegisterImporter, ImportOutcome>(site, importer =>
            importer.PreviewAsync(Assert.Single(RegisterCardReader.ReadAll(Fixtures.Text(Fixtures.Seed003))), Publish));

        Assert.Equal(ImportAction.Create, outcome.Action);
        Assert.Contains(new FieldChange("Keywords", null, "nätverk, samhörighet"), outcome.Changes);
        Assert.Empty(await new ImportRun(host, site).ProjectsAsync());
    }

    private Task<List<ImportOutcome>> ImportAsync(Tenant site, string text, ImportOptions? options = null) =>
        host.InTenantAsync<RegisterImporter, List<ImportOutcome>>(site, async importer =>
        {
            var outcomes = new List<ImportOutcome>();
            foreach (var card in RegisterCardReader.ReadAll(text))
            {
                outcomes.Add(await importer.ImportAsync(card, options ?? Publish));
            }
            return outcomes;
        });

    private Task EditAsync(Tenant site, string id, Func<RegisterCardPart, RegisterCardPart> edit) =>
        host.InTenantAsync(site, async content =>
        {
            await content.UpdateDraftAsync(id, draft => draft.Apply(edit(draft.Get<RegisterCardPart>()!)));
            await content.PublishAsync(id);
        });

    private Task<RegisterCardPart> CardAsync(Tenant site, string id) =>
        host.InTenantAsync<ContentManager, RegisterCardPart>(site, async content =>
            (await content.GetAsync(id, VersionOptions.Latest))!.Get<RegisterCardPart>()!);
}
