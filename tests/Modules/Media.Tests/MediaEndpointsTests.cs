using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Media.Tests;

[Collection(PortalCollection.Name)]
public sealed class MediaEndpointsTests(PortalHost host)
{
    [Fact]
    public async Task Stored_file_is_served_with_its_type_cached_for_a_year_as_immutable_but_not_kept_by_the_output_cache()
    {
        var site = await MediaSite.CreateAsync(host);
        var file = (await site.UploadAsync("kuva.jpg", TestImages.Jpeg(600, 400))).File!;
        var client = site.NewClient();

        var response = await client.GetAsync(site.Url("media/" + MediaFileNames.Variant(file.Hash, 480, "webp")));
        var again = await client.GetAsync(site.Url("media/" + MediaFileNames.Variant(file.Hash, 480, "webp")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task Another_site_cannot_serve_a_sites_file_through_its_own_prefix()
    {
        var (owner, other) = (await MediaSite.CreateAsync(host), await MediaSite.CreateAsync(host));
        var file = (await owner.UploadAsync("kuva.jpg", TestImages.Jpeg(600, 400))).File!;
        var name = MediaFileNames.Variant(file.Hash, 480, "webp");

        var own = await owner.NewClient().GetAsync(owner.Url("media/" + name));
        var foreign = await other.NewClient().GetAsync(other.Url("media/" + name));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Theory]
    [InlineData("..%2Fcontent.db")]
    [InlineData("content.db")]
    [InlineData("0123456789abcdef0123-480.php")]
    public async Task Name_that_is_not_a_media_name_is_not_found(string name)
    {
        var site = await MediaSite.CreateAsync(host);

        var response = await site.NewClient().GetAsync(site.Url("media/" + name));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
