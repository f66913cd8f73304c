using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Taxonomies;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Modules;

/// <summary>Taxonomies' data step 2 turns term names that older rows hold into term ids, in every version and lookup row.</summary>
[Collection(PortalCollection.Name)]
public sealed class StoredTermNamesTests(PortalHost host)
{
    private const string NoteSite = """
        { "name": "t", "steps": [
            { "name": "Features", "enable": ["Contents", "Taxonomies"] },
            { "name": "Recipes", "run": ["regions", "municipalities"] },
            { "name": "ContentDefinition", "types": [
                { "name": "Note", "label": { "fi": "Muistio" }, "parts": ["TitlePart", "AutoroutePart", "TermsPart"] } ] } ] }
        """;

    private sealed record Row(string Data);

    private sealed record Lookup(string TermId);

    [Fact]
    public async Task Names_in_every_version_and_lookup_row_become_ids_in_any_language_and_case()
    {
        var site = await host.CreateSiteAsync(NoteSite);
        var item = await AddNoteAsync(site, ["keski-suomi"], ["mustasaari"]);
        await WriteAsOldRowsAsync(site, item, ("\"keski-suomi\"", "\"mellersta FINLAND\""), ("\"mustasaari\"", "\"Korsholm\""));

        await RunStepAsync(site, new LogCapture(LogLevel.Warning));

        var (versions, lookups) = await StoredAsync(site, item);
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.Contains("\"regions\":[\"keski-suomi\"],\"municipalities\":[\"mustasaari\"]", v, StringComparison.Ordinal));
        Assert.Equal(["keski-suomi", "keski-suomi", "mustasaari", "mustasaari"], lookups.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_name_is_kept_as_it_was_and_logged_as_a_warning()
    {
        var site = await host.CreateSiteAsync(NoteSite);
        var item = await AddNoteAsync(site, ["lappi"], []);
        await WriteAsOldRowsAsync(site, item, ("\"lappi\"", "\"Atlantis\""));
        var log = new LogCapture(LogLevel.Warning);

        await RunStepAsync(site, log);

        var (versions, lookups) = await StoredAsync(site, item);
        Assert.All(versions, v => Assert.Contains("\"regions\":[\"Atlantis\"]", v, StringComparison.Ordinal));
        Assert.All(lookups, l => Assert.Equal("Atlantis", l));
        Assert.Contains(log.Messages, m => m.Contains("'Atlantis' is no term of regions", StringComparison.Ordinal));
    }

    // A published version and a newer draft, so that the step meets an old version as well as the latest.
    private async Task<ContentItem> AddNoteAsync(Tenant site, IReadOnlyList<string> regions, IReadOnlyList<string> municipalities)
    {
        ContentItem? note = null;
        await host.InTenantAsync(site, async content =>
        {
            note = await content.NewAsync("Note");
            var terms = new TermsPart(new Dictionary<string, IReadOnlyList<string>> { ["regions"] = regions, ["municipalities"] = municipalities });
            note.Apply(new TitlePart("Muistio")).Apply(new AutoroutePart()).Apply(terms);
            await content.CreateAsync(note, publish: true);
            await content.UpdateDraftAsync(note.ContentItemId, draft => draft.Apply(new TitlePart("Muistio, luonnos")));
        });
        return note!;
    }

    // What an older release could have stored: names in the JSON of each version and in the lookup rows.
    private Task WriteAsOldRowsAsync(Tenant site, ContentItem item, params (string Id, string Name)[] names) =>
        host.InTenantAsync<TenantDbContext, int>(site, async db =>
        {
            foreach (var (id, name) in names)
            {
                await db.Database.ExecuteSqlRawAsync("""UPDATE "ContentItems" SET "Data" = replace("Data", {0}, {1}) WHERE "ContentItemId" = {2}""",
                    id, name, item.ContentItemId);
                await db.Database.ExecuteSqlRawAsync("""UPDATE "ItemTerm" SET "TermId" = {0} WHERE "TermId" = {1}""", name.Trim('"'), id.Trim('"'));
            }
            return 0;
        });

    private Task RunStepAsync(Tenant site, LogCapture log) =>
        host.InTenantAsync<TenantDbContext, int>(site, async db =>
        {
            await new TaxonomiesModule().Migrations().Single(s => s.Number == 2).Data!(db, log.CreateLogger("step"), CancellationToken.None);
            return 0;
        });

    private Task<(List<string> Versions, List<string> Lookups)> StoredAsync(Tenant site, ContentItem item) =>
        host.InTenantAsync<TenantDbContext, (List<string>, List<string>)>(site, async db =>
        {
            var versions = await db.Database.SqlQueryRaw<Row>("""SELECT "Data" FROM "ContentItems" WHERE "ContentItemId" = {0}""", item.ContentItemId)
                .Select(r => r.Data).ToListAsync();
            var lookups = await db.Database.SqlQueryRaw<Lookup>(
                """SELECT t."TermId" FROM "ItemTerm" t JOIN "ContentItems" c ON c."Id" = t."VersionRowId" WHERE c."ContentItemId" = {0}""",
                item.ContentItemId).Select(l => l.TermId).ToListAsync();
            return (versions, lookups);
        });
}
