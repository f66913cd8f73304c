using System.Net;
using AngleSharp.Html.Parser;
using Verkostoportaali.ContentFields.Images;
using Verkostoportaali.Contents;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Media.Tests.Pages;

[Collection(PortalCollection.Name)]
public sealed class DeleteMediaTests(PortalHost host)
{
    [Fact]
    public async Task Deleting_an_unused_file_removes_its_row_and_every_stored_variant()
    {
        var site = await MediaSite.CreateAsync(host);
        var file = (await site.UploadAsync("kuva.jpg", TestImages.Jpeg(1000, 600))).File!;
        var admin = await host.SignedInAsync(site.Tenant.Name);

        var response = await HtmlPages.SubmitAsync(admin, site.Url($"admin/media/{file.Id}/poista"), "main form.confirm", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await host.InTenantAsync<MediaLibrary, IReadOnlyList<MediaFile>>(site.Tenant, l => l.FilesAsync()));
        foreach (var name in file.StoredFileNames)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await site.NewClient().GetAsync(site.Url("media/" + name))).StatusCode);
        }
    }

    [Fact]
    public async Task File_that_an_items_cover_image_shows_is_not_deleted_and_the_item_is_named()
    {
        var site = await MediaSite.CreateAsync(host);
        var file = (await site.UploadAsync("kansi.jpg", TestImages.Jpeg(800, 600))).File!;
        await host.InTenantAsync(site.Tenant, async content =>
        {
            var item = (await content.NewAsync("Article")).Apply(new TitlePart("Kyläjuhla")).Apply(new AutoroutePart()).Apply(new CoverImagePart(file.Id));
            await content.CreateAsync(item, publish: false);
        });
        var admin = await host.SignedInAsync(site.Tenant.Name);

        var response = await admin.PostAsync(site.Url($"admin/media/{file.Id}/poista"), await TokenAsync(admin, site.Url("admin/media")));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("form.confirm"));
        Assert.Contains("Kyläjuhla", page.QuerySelector("main ul")?.TextContent, StringComparison.Ordinal);
        Assert.Single(await host.InTenantAsync<MediaLibrary, IReadOnlyList<MediaFile>>(site.Tenant, l => l.FilesAsync()));
    }

    [Fact]
    public async Task File_that_is_the_sites_logo_is_not_deleted()
    {
        var site = await MediaSite.CreateAsync(host);
        var logo = (await site.UploadAsync("logo.jpg", TestImages.Jpeg(640, 320))).File!;
        await site.SaveThemeAsync(logo.Id, header: null);
        var admin = await host.SignedInAsync(site.Tenant.Name);

        var response = await admin.PostAsync(site.Url($"admin/media/{logo.Id}/poista"), await TokenAsync(admin, site.Url("admin/media")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.NewClient().GetAsync(site.Url("media/" + MediaFileNames.Variant(logo.Hash, 480, "jpg")))).StatusCode);
    }

    [Fact]
    public async Task Another_sites_file_cannot_be_deleted_through_this_sites_address()
    {
        var (site, other) = (await MediaSite.CreateAsync(host), await MediaSite.CreateAsync(host));
        var foreign = (await other.UploadAsync("kuva.jpg", TestImages.Jpeg(600, 400))).File!;
        var admin = await host.SignedInAsync(site.Tenant.Name);

        var response = await admin.GetAsync(site.Url($"admin/media/{foreign.Id}/poista"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // The upload form's antiforgery token, which every form of the site's admin accepts.
    private static async Task<FormUrlEncodedContent> TokenAsync(HttpClient client, string url)
    {
        var token = (await HtmlPages.GetPageAsync(client, url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
    }
}
