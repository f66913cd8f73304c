using System.Text;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Media.Tests.Uploads;

[Collection(PortalCollection.Name)]
public sealed class MediaUploadTests(PortalHost host)
{
    [Fact]
    public async Task Php_script_named_as_a_jpeg_is_refused_by_its_content()
    {
        var site = await MediaSite.CreateAsync(host);

        var result = await site.UploadAsync("kuva.jpg", Encoding.ASCII.GetBytes("<?php system($_GET['c']); ?>"));

        Assert.Null(result.File);
        Assert.Contains("ei ole JPEG", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Svg_with_a_script_is_refused()
    {
        var site = await MediaSite.CreateAsync(host);
        var svg = """<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>""";

        var result = await site.UploadAsync("logo.png", Encoding.UTF8.GetBytes(svg));

        Assert.Null(result.File);
        Assert.Contains("SVG", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_of_more_pixels_than_the_limit_is_refused_before_it_is_decoded()
    {
        var site = await MediaSite.CreateAsync(host);

        var result = await site.UploadAsync("valtava.png", TestImages.BlackPng(10_000, 6_000));

        Assert.Null(result.File);
        Assert.Contains("10000 × 6000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_beyond_the_sites_quota_is_refused_and_stores_nothing()
    {
        var site = await MediaSite.CreateAsync(host, """{ "quotaMegabytes": 1 }""");
        Assert.NotNull((await site.UploadAsync("eka.jpg", TestImages.Jpeg(600, 400))).File);

        var result = await site.UploadAsync("toka.jpg", TestImages.Jpeg(3000, 2000));

        Assert.Null(result.File);
        Assert.Contains("täynnä", result.Error, StringComparison.Ordinal);
        Assert.Single(await host.InTenantAsync<MediaLibrary, IReadOnlyList<MediaFile>>(site.Tenant, l => l.FilesAsync()));
    }

    [Fact]
    public async Task File_larger_than_the_sites_upload_limit_is_refused()
    {
        var site = await MediaSite.CreateAsync(host, """{ "maxUploadMegabytes": 1 }""");

        var result = await site.UploadAsync("iso.pdf", [.. "%PDF-1.7\n"u8, .. new byte[(1024 * 1024) + 1]]);

        Assert.Null(result.File);
        Assert.Contains("1 Mt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_without_a_finnish_alt_text_is_refused()
    {
        var site = await MediaSite.CreateAsync(host);

        var result = await site.UploadAsync("kuva.jpg", TestImages.Jpeg(800, 600), altFi: " ");

        Assert.Null(result.File);
        Assert.Contains("vaihtoehtoinen teksti", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photo_is_stored_in_each_width_as_webp_and_jpeg_without_its_gps_position()
    {
        var site = await MediaSite.CreateAsync(host);
        var photo = TestImages.JpegWithGpsPosition(2000, 1500);
        Assert.Contains("exif-ifd3-GPSLatitude", TestImages.MetadataOf(photo));

        var file = (await site.UploadAsync("kesä.jpg", photo)).File!;

        Assert.Equal([480, 960, 1600], file.WidthList);
        Assert.Equal((2000, 1500), (file.Width, file.Height));
        foreach (var name in file.WidthList.SelectMany(w => new[] { MediaFileNames.Variant(file.Hash, w, "webp"), MediaFileNames.Variant(file.Hash, w, "jpg") }))
        {
            var stored = await site.FetchAsync(name);
            Assert.DoesNotContain(TestImages.MetadataOf(stored), f => f.StartsWith("exif", StringComparison.Ordinal));
        }
        using var largest = NetVips.Image.NewFromBuffer(await site.FetchAsync(MediaFileNames.Variant(file.Hash, 1600, "webp")));
        Assert.Equal((1600, 1200), (largest.Width, largest.Height));
    }

    [Fact]
    public async Task Image_narrower_than_the_smallest_width_is_kept_at_its_own_width()
    {
        var site = await MediaSite.CreateAsync(host);

        var file = (await site.UploadAsync("pieni.jpg", TestImages.Jpeg(300, 200))).File!;

        Assert.Equal([300], file.WidthList);
    }

    [Fact]
    public async Task Pdf_document_is_stored_as_it_is_and_needs_no_alt_text()
    {
        var site = await MediaSite.CreateAsync(host);
        byte[] pdf = [.. "%PDF-1.4\n"u8, .. "1 0 obj << >> endobj\n%%EOF\n"u8];

        var file = (await site.UploadAsync("esite.pdf", pdf, altFi: null)).File!;

        Assert.Equal(MediaKind.Pdf, file.Kind);
        Assert.Equal(pdf, await site.FetchAsync(MediaFileNames.Document(file.Hash)));
    }
}
