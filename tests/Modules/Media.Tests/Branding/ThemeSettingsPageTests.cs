using System.Net;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Media.Tests.Branding;

[Collection(PortalCollection.Name)]
public sealed class ThemeSettingsPageTests(PortalHost host)
{
    [Fact]
    public async Task Colour_that_white_text_cannot_be_read_on_is_refused_with_its_contrast()
    {
        var site = await MediaSite.CreateAsync(host);
        var admin = await host.SignedInAsync(site.Tenant.Name);

        var response = await HtmlPages.SubmitAsync(admin, site.Url("admin/ulkoasu"), "main form", Form("#ffd700"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).GetElementById("Input_AccentColor-error");
        Assert.Contains("4,5:1", error?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saved_look_shows_at_once_on_the_cached_public_pages()
    {
        var site = await MediaSite.CreateAsync(host);
        var logo = (await site.UploadAsync("logo.png", TestImages.Jpeg(640, 320), altFi: "Kylän logo")).File!;
        var admin = await host.SignedInAsync(site.Tenant.Name);
        var visitor = site.NewClient();
        await visitor.GetStringAsync(site.Url(""));

        var saved = await HtmlPages.SubmitAsync(admin, site.Url("admin/ulkoasu"), "main form", Form("#0b3d91", logo.Id,
            intro: "Tervetuloa kylään.", links: "https://www.facebook.com/kyla"));
        var home = new HtmlParser().ParseDocument(await visitor.GetStringAsync(site.Url("")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("--accent: #0b3d91", home.Body!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains(MediaFileNames.Variant(logo.Hash, 480, "jpg") + " 480w", home.QuerySelector(".site-name img")!.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("Tervetuloa kylään.", home.QuerySelector("main .lead")?.TextContent);
        Assert.Equal("www.facebook.com", home.QuerySelector(".social-links a")?.TextContent);
    }

    [Fact]
    public async Task Logo_from_another_sites_library_is_refused()
    {
        var (site, other) = (await MediaSite.CreateAsync(host), await MediaSite.CreateAsync(host));
        var foreign = (await other.UploadAsync("logo.jpg", TestImages.Jpeg(640, 320))).File!;
        var admin = await host.SignedInAsync(site.Tenant.Name);

        var response = await HtmlPages.SubmitAsync(admin, site.Url("admin/ulkoasu"), "main form", Form("#0b3d91", foreign.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Editor_without_the_permission_cannot_open_the_look()
    {
        var site = await MediaSite.CreateAsync(host);
        var editor = await host.SignedInAsync(site.Tenant.Name, "Editor");

        var response = await editor.GetAsync(site.Url("admin/ulkoasu"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static Dictionary<string, string> Form(string color, int? logo = null, string intro = "", string links = "") => new()
    {
        ["Input.AccentColor"] = color,
        ["Input.LogoMediaId"] = logo?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Input.HomeIntro"] = intro,
        ["Input.FooterContact"] = "",
        ["Input.SocialLinks"] = links,
    };
}
