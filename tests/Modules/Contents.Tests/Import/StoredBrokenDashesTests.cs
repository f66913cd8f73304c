using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Import;

[Collection(PortalCollection.Name)]
public sealed class StoredBrokenDashesTests(PortalHost host)
{
    [Fact]
    public async Task The_data_step_repairs_lost_dashes_in_stored_title_and_body_and_keeps_the_rest()
    {
        var site = await host.CreateSiteAsync();
        var page = await host.AddPageAsync(site, "Palveleva yhteisö 2020 ¿hanke", "<p>Hanke 1.6.2018¿31.5.2019 ¿ kylissä.</p>", publish: true);

        await host.InTenantAsync<TenantDbContext, bool>(site, async db =>
        {
            await new ContentsModule().Migrations().Single(s => s.Number == 2).Data!(db, NullLogger.Instance, default);
            return true;
        });

        var item = (await host.InTenantAsync<ContentManager, ContentItem?>(site, content => content.GetAsync(page.ContentItemId, VersionOptions.Published)))!;
        Assert.Equal("Palveleva yhteisö 2020 -hanke", item.Get<TitlePart>()!.Title);
        Assert.Equal("Palveleva yhteisö 2020 -hanke", item.DisplayText);
        Assert.Equal("<p>Hanke 1.6.2018–31.5.2019 – kylissä.</p>", item.Get<BodyPart>()!.Html);
        Assert.Equal(1, await host.InTenantAsync<TenantDbContext, int>(site, db => db.ContentItems.CountAsync(i => i.ContentItemId == page.ContentItemId)));
    }
}
