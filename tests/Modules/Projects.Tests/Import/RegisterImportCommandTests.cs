using System.Text;
using Verkostoportaali.Contents;
using Verkostoportaali.Projects.Import;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests.Import;

[Collection(PortalCollection.Name)]
public sealed class RegisterImportCommandTests(PortalHost host)
{
    private static readonly string[] Seeds = [Fixtures.Seed001, Fixtures.Seed002, Fixtures.Seed003];

    [Fact]
    public async Task Import_of_seeds_001_to_003_creates_three_complete_published_Finnish_projects()
    {
        var run = new ImportRun(host, await TestProjects.CreateSiteAsync(host));

        var result = await run.RegisterAsync(["--publish", .. Seeds.Select(Fixtures.PathOf)]);

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("created 3, updated 0, unchanged 0, conflicts 0, warnings 3, failed 0.\n", result.Output, StringComparison.Ordinal);
        var projects = await run.ProjectsAsync();
        Assert.Equal(["fi", "fi", "fi"], projects.Select(p => p.Culture));
        Assert.Equal(["fi", "sv", "sv"], projects.Select(p => p.Get<RegisterCardPart>()!.CardCulture));
        Assert.All(projects, p => Assert.True(p.Published));
        Assert.All(projects, p => Assert.Equal(("import", "import"), (p.Owner, p.Author)));
        foreach (var (project, seed) in projects.Zip(Seeds))
        {
            var card = Assert.Single(RegisterCardReader.ReadAll(Fixtures.Text(seed)));
            Assert.Equivalent(card.Fields, project.Get<RegisterCardPart>(), strict: true);
            Assert.Equal(card.Fields.Name, project.Get<TitlePart>()!.Title);
        }
    }

    [Fact]
    public async Task Importing_the_same_files_again_changes_nothing()
    {
        var run = new ImportRun(host, await TestProjects.CreateSiteAsync(host));
        await run.RegisterAsync(["--publish", .. Seeds.Select(Fixtures.PathOf)]);
        var versions = await run.VersionCountAsync();

        var again = await run.RegisterAsync(["--publish", .. Seeds.Select(Fixtures.PathOf)]);

        Assert.Equal(0, again.ExitCode);
        Assert.EndsWith("created 0, updated 0, unchanged 3, conflicts 0, warnings 3, failed 0.\n", again.Output, StringComparison.Ordinal);
        Assert.Equal(versions, await run.VersionCountAsync());
    }

    [Fact]
    public async Task Publishing_import_saves_its_changes_over_another_users_pending_draft_as_a_draft_and_publishes_neither()
    {
        var run = new ImportRun(host, await TestProjects.CreateSiteAsync(host));
        await run.RegisterAsync(["--publish", Fixtures.PathOf(Fixtures.Seed001)]);
        var id = Assert.Single(await run.ProjectsAsync()).ContentItemId;
        await TestProjects.DraftAsync(host, run.Site, id, "toinen", card => card with { Measure = "Toisen luonnos" });

        var result = await run.RegisterAsync(["--publish", run.File("extended.txt", TestProjects.Seed001Extended)]);

        Assert.Contains("Saved as a draft and not published: the item has a draft that is not published yet", result.Output, StringComparison.Ordinal);
        var versions = await TestProjects.HistoryAsync(host, run.Site, id);
        Assert.Equal([("import", true, "Kehittämishanke", new DateOnly(2024, 7, 1)), ("toinen", false, "Toisen luonnos", new DateOnly(2024, 7, 1)),
            ("import", false, "Toisen luonnos", new DateOnly(2024, 12, 31))],
            versions.Select(v => (v.Author, v.Published, v.Get<RegisterCardPart>()!.Measure, v.Get<RegisterCardPart>()!.EndDate)));
    }

    [Fact]
    public async Task Without_publish_the_projects_are_drafts()
    {
        var run = new ImportRun(host, await TestProjects.CreateSiteAsync(host));

        await run.RegisterAsync(Fixtures.PathOf(Fixtures.Seed001));

        Assert.False(Assert.Single(await run.ProjectsAsync()).Published);
    }

    [Fact]
    public async Task Empty_binary_and_unrelated_files_are_errors_each_and_write_nothing_while_a_good_file_goes_in()
    {
        var run = new ImportRun(host, await TestProjects.CreateSiteAsync(host));
        string[] files = [run.File("tyhja.txt", ""), run.File("kuva.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
            Path.Combine(AppContext.BaseDirectory, "Fixtures", "004_fb2ed6bd087a104a.txt"), Fixtures.PathOf(Fixtures.Seed001)];

        var result = await run.RegisterAsync(files);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            tyhja.txt: The file is empty.
            kuva.txt: The file holds binary data, not text.
            004_fb2ed6bd087a104a.txt: No register card was found: the text has neither a card's header nor its labels.

            """.ReplaceLineEndings("\n"), result.Error);
        Assert.EndsWith("created 1, updated 0, unchanged 0, conflicts 0, warnings 0, failed 3.\n", result.Output, StringComparison.Ordinal);
        Assert.Equal("145432", Assert.Single(await run.ProjectsAsync()).Get<RegisterCardPart>()!.ProjectNumber);
    }

    [Fact]
    public async Task Latin_1_file_is_read_with_a_warning_and_its_letters_come_out_right()
    {
        var run = new ImportRun(host, await TestProjects.CreateSiteAsync(host));
        var latin1 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Fixtures.Text(Fixtures.Seed001));

        var result = await run.RegisterAsync(run.File("latin1.txt", latin1));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("latin1.txt: warning: The text is not UTF-8; it was read as Latin-1 (Windows-1252).", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("created 1, updated 0, unchanged 0, conflicts 0, warnings 1, failed 0.\n", result.Output, StringComparison.Ordinal);
        var card = Assert.Single(await run.ProjectsAsync()).Get<RegisterCardPart>()!;
        Assert.Equal("Kehittämisyhdistys Mansikka ry", card.ImplementingOrganisation);
        Assert.Equal("Manner-Suomen maaseudun kehittämisohjelma 2014–2020", card.Programme);
    }

    [Fact]
    public async Task Unknown_tenant_is_an_error()
    {
        var run = new ImportRun(host, await TestProjects.CreateSiteAsync(host) with { Name = "ei-tallaista" });

        var result = await run.RegisterAsync(Fixtures.PathOf(Fixtures.Seed001));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("There is no running tenant 'ei-tallaista' with the Projects feature.\n", result.Error);
    }
}
