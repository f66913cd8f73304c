using AngleSharp.Dom;
using Microsoft.Extensions.Logging.Abstractions;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Media.Tests.Images;

[Collection(PortalCollection.Name)]
public sealed class ItemImageTests(PortalHost host)
{
    [Fact]
    public async Task Project_page_shows_its_cover_image_with_srcset_size_and_alt_text_in_the_page_language()
    {
        var site = await MediaSite.CreateAsync(host);
        var cover = (await site.UploadAsync("kansi.jpg", TestImages.Jpeg(1200, 800), altFi: "Kylätalon piha kesällä")).File!;
        var project = await PublishAsync(site, "Project", "Kylätalon kunnostus", new CoverImagePart(cover.Id));

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url(project.Slug!));

        var image = page.QuerySelector("article img.cover-image")!;
        Assert.Equal("Kylätalon piha kesällä", image.GetAttribute("alt"));
        Assert.Contains(MediaFileNames.Variant(cover.Hash, 960, "jpg") + " 960w", image.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.NotNull(image.GetAttribute("sizes"));
        Assert.Equal(("1200", "800"), (image.GetAttribute("width"), image.GetAttribute("height")));
    }

    [Fact]
    public async Task Provider_page_shows_its_logo_and_shares_it_as_an_absolute_og_image_with_its_alt_text()
    {
        var site = await MediaSite.CreateAsync(host);
        var logo = (await site.UploadAsync("logo.png", TestImages.Jpeg(600, 300), altFi: "Tilan logo")).File!;
        var provider = await PublishAsync(site, "Provider", "Esimerkkitila", new LogoPart(logo.Id));

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url(provider.Slug!));

        Assert.Equal("Tilan logo", page.QuerySelector("article img.item-logo")?.GetAttribute("alt"));
        var ogImage = Meta(page, "og:image");
        Assert.StartsWith("http", ogImage, StringComparison.Ordinal);
        Assert.EndsWith($"/{site.Tenant.Name}/media/{MediaFileNames.Variant(logo.Hash, 600, "jpg")}", ogImage, StringComparison.Ordinal);
        Assert.Equal("Tilan logo", Meta(page, "og:image:alt"));
        Assert.Equal(ogImage, page.QuerySelector("meta[name='twitter:image']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Page_without_an_image_of_its_own_is_shared_with_the_sites_logo()
    {
        var site = await MediaSite.CreateAsync(host);
        var logo = (await site.UploadAsync("logo.jpg", TestImages.Jpeg(640, 320), altFi: "Kylän logo")).File!;
        await site.SaveThemeAsync(logo.Id, header: null);
        var project = await PublishAsync(site, "Project", "Hanke ilman kuvaa");

        var page = await HtmlPages.GetPageAsync(site.NewClient(), site.Url(project.Slug!));

        Assert.Null(page.QuerySelector("article img.cover-image"));
        Assert.EndsWith(MediaFileNames.Variant(logo.Hash, 640, "jpg"), Meta(page, "og:image"), StringComparison.Ordinal);
        Assert.Equal("Kylän logo", Meta(page, "og:image:alt"));
    }

    [Fact]
    public async Task Cover_image_that_only_another_sites_library_has_is_refused()
    {
        var (site, other) = (await MediaSite.CreateAsync(host), await MediaSite.CreateAsync(host));
        var foreign = (await other.UploadAsync("kuva.jpg", TestImages.Jpeg(600, 400))).File!;

        var refusal = await Assert.ThrowsAsync<ContentValidationException>(() => PublishAsync(site, "Article", "Juttu", new CoverImagePart(foreign.Id)));

        Assert.Contains(nameof(CoverImagePart), refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_image_shows_on_the_sites_pages_and_the_portal_home_shows_the_sites_logo()
    {
        var site = await MediaSite.CreateAsync(host);
        var logo = (await site.UploadAsync("logo.jpg", TestImages.Jpeg(640, 320), altFi: "Kylän logo")).File!;
        var header = (await site.UploadAsync("banneri.jpg", TestImages.Jpeg(1800, 400), altFi: "Järvimaisema")).File!;
        await site.SaveThemeAsync(logo.Id, header.Id);

        var home = await HtmlPages.GetPageAsync(site.NewClient(), site.Url(""));
        var portal = await HtmlPages.GetPageAsync(site.NewClient(), "/");

        Assert.Contains(MediaFileNames.Variant(header.Hash, 1600, "jpg"), home.QuerySelector(".site-header img.header-image")?.GetAttribute("srcset"), StringComparison.Ordinal);
        var card = portal.QuerySelectorAll(".tenant-list li").Single(li => li.TextContent.Contains(site.Tenant.DisplayName, StringComparison.Ordinal));
        Assert.Contains(MediaFileNames.Variant(logo.Hash, 480, "jpg"), card.QuerySelector("img.site-logo")?.GetAttribute("srcset"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Media_step_adds_the_image_part_to_a_stored_type_once_and_keeps_its_fields()
    {
        var site = await MediaSite.CreateAsync(host);
        await host.InTenantAsync<ContentDefinitionStore, bool>(site.Tenant, async definitions =>
        {
            var project = (await definitions.FindAsync("Project"))!;
            await definitions.SaveAsync(project with
            {
                Parts = [.. project.Parts.Where(p => p != nameof(CoverImagePart))],
                Fields = [new ContentFieldDefinition("budjetti", ContentFieldKind.Number, new LocalizedText("Budjetti"))],
            });
            return true;
        });
        var step = StoredTypeParts.Adding(("Project", nameof(CoverImagePart)));

        await host.InTenantAsync<TenantDbContext, bool>(site.Tenant, async db =>
        {
            await step(db, NullLogger.Instance, CancellationToken.None);
            await step(db, NullLogger.Instance, CancellationToken.None);
            return true;
        });
        var definition = await host.InTenantAsync<ContentDefinitionStore, ContentTypeDefinition?>(site.Tenant, d => d.FindAsync("Project"));

        Assert.Single(definition!.Parts, p => p == nameof(CoverImagePart));
        Assert.Equal("budjetti", Assert.Single(definition.Fields).Name);
    }

    private async Task<ContentItem> PublishAsync(MediaSite site, string type, string title, ContentPart? image = null)
    {
        ContentItem item = null!;
        await host.InTenantAsync(site.Tenant, async content =>
        {
            item = (await content.NewAsync(type)).Apply(new TitlePart(title)).Apply(new AutoroutePart());
            if (image is not null)
            {
                item.Apply(image);
            }
            await content.CreateAsync(item, publish: true);
        });
        return item;
    }

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
