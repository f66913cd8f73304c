using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Security;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>The media library and each site's look in Chromium, on demo sites: logos and a project's cover image uploaded, chosen, and shown.</summary>
public sealed class MediaTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Two_sites_upload_their_own_logos_and_colours_and_show_them_to_visitors()
    {
        var mansikka = await BrandAsync("mansikka", "#7a1f3d", "Mansikkapellon logo", red: 200);
        var majakka = await BrandAsync("majakka", "#0b3d91", "Majakan logo", red: 20);

        Assert.Empty(mansikka.Violations);
        Assert.Empty(majakka.Violations);
        Assert.Contains("--accent: #7a1f3d", mansikka.BodyStyle, StringComparison.Ordinal);
        Assert.Contains("--accent: #0b3d91", majakka.BodyStyle, StringComparison.Ordinal);
        Assert.Matches(@"/mansikka/media/[0-9a-f]{20}-480\.webp 480w, .*-640\.webp 640w", mansikka.LogoSrcset);
        Assert.Matches(@"/majakka/media/[0-9a-f]{20}-480\.webp 480w", majakka.LogoSrcset);
        Assert.NotEqual(mansikka.LogoSrcset[^40..], majakka.LogoSrcset[^40..]);
        Assert.True(mansikka.LogoNaturalWidth > 0);
    }

    [Theory]
    [InlineData("php-named-jpeg", "ei ole JPEG")]
    [InlineData("svg-with-script", "SVG")]
    [InlineData("huge-image", "10000 × 6000")]
    public async Task A_bad_file_is_refused_with_a_message_by_the_field(string kind, string message)
    {
        var admin = await AdministratorPageAsync("saarijarvi", "/saarijarvi/admin/media");

        await admin.GetByLabel("Kuva (JPEG, PNG tai WebP) tai PDF-asiakirja").SetInputFilesAsync(BadFile(kind));
        // Described as a real image would be, so that only the file itself is refused.
        await admin.GetByLabel("Suomeksi (pakollinen kuville)").FillAsync("Kylätalon julkisivu");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lataa", Exact = true }).ClickAsync();
        var error = admin.Locator("#Input_File-error");
        await error.WaitForAsync();

        Assert.Contains(message, await error.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await admin.GetByLabel("Kuva (JPEG, PNG tai WebP) tai PDF-asiakirja").GetAttributeAsync("aria-invalid"));
        Assert.Empty(await AdminPages.ViolationsAsync(admin));
    }

    // A script under an image's name, an SVG that would run script, and a small file of more pixels than the limit.
    private static FilePayload BadFile(string kind) => kind switch
    {
        "php-named-jpeg" => new() { Name = "kuva.jpg", MimeType = "image/jpeg", Buffer = "<?php system($_GET['c']); ?>"u8.ToArray() },
        "svg-with-script" => new()
        {
            Name = "logo.png", MimeType = "image/png",
            Buffer = """<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>"""u8.ToArray(),
        },
        _ => new() { Name = "valtava.png", MimeType = "image/png", Buffer = BlackPng(10_000, 6_000) },
    };

    private static byte[] BlackPng(int width, int height)
    {
        using var black = NetVips.Image.Black(width, height);
        return black.Cast(NetVips.Enums.BandFormat.Uchar).PngsaveBuffer(compression: 9);
    }

    [Fact]
    public async Task Editor_picks_an_uploaded_image_as_a_projects_cover_and_the_public_page_shows_it_with_alt_text_and_srcset()
    {
        var project = await PublishedProjectAsync("saarijarvi");
        var admin = await AdministratorPageAsync("saarijarvi", "/saarijarvi/admin/media");
        await admin.GetByLabel("Kuva (JPEG, PNG tai WebP) tai PDF-asiakirja").SetInputFilesAsync(new FilePayload
        {
            Name = "kansikuva.jpg", MimeType = "image/jpeg", Buffer = Logo(red: 140),
        });
        await admin.GetByLabel("Suomeksi (pakollinen kuville)").FillAsync("Kyläkoulun piha keväällä");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lataa", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Status).WaitForAsync();
        var violations = (await AdminPages.ViolationsAsync(admin)).ToList();

        await admin.GotoAsync($"/saarijarvi/admin/sisalto/{project.ContentItemId}");
        await admin.GetByRole(AriaRole.Radio, new() { Name = "kansikuva.jpg" }).CheckAsync();
        violations.AddRange(await AdminPages.ViolationsAsync(admin));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }).ClickAsync();
        var saved = await admin.GetByRole(AriaRole.Status).TextContentAsync();
        var visitor = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await visitor.GotoAsync($"/saarijarvi/{project.Slug}");
        var cover = visitor.Locator("article img.cover-image");
        await cover.EvaluateAsync("image => image.decode()");
        violations.AddRange(await AdminPages.ViolationsAsync(visitor));

        Assert.Empty(violations);
        Assert.Contains("julkaistu", saved, StringComparison.Ordinal);
        Assert.Equal("Kyläkoulun piha keväällä", await cover.GetAttributeAsync("alt"));
        Assert.Matches(@"/saarijarvi/media/[0-9a-f]{20}-480\.jpg 480w, .*-640\.jpg 640w", await cover.GetAttributeAsync("srcset"));
        Assert.True(await cover.EvaluateAsync<int>("image => image.naturalWidth") > 0);
    }

    private async Task<ContentItem> PublishedProjectAsync(string site)
    {
        await using var scope = host.Services.GetRequiredService<TenantScopes>().Create(host.Services.GetRequiredService<TenantRegistry>().Find(site)!);
        return await scope.ServiceProvider.GetRequiredService<ContentManager>().Query("Project")
            .Where(i => i.Culture == "fi" && i.Slug != null).OrderBy(i => i.Id).FirstAsync();
    }

    private sealed record Branded(IReadOnlyList<string> Violations, string BodyStyle, string LogoSrcset, int LogoNaturalWidth);

    private async Task<Branded> BrandAsync(string site, string color, string alt, int red)
    {
        var admin = await AdministratorPageAsync(site, $"/{site}/admin/media");
        await admin.GetByLabel("Kuva (JPEG, PNG tai WebP) tai PDF-asiakirja").SetInputFilesAsync(new FilePayload
        {
            Name = "logo.jpg", MimeType = "image/jpeg", Buffer = Logo(red),
        });
        await admin.GetByLabel("Suomeksi (pakollinen kuville)").FillAsync(alt);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lataa", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Status).WaitForAsync();
        var violations = (await AdminPages.ViolationsAsync(admin)).ToList();

        await admin.GotoAsync($"/{site}/admin/ulkoasu");
        await admin.GetByLabel("Korostusväri").FillAsync(color);
        await admin.GetByLabel("Logo (mediakirjaston kuva)").SelectOptionAsync(new SelectOptionValue { Label = $"logo.jpg – {alt}" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await admin.GetByRole(AriaRole.Status).WaitForAsync();
        violations.AddRange(await AdminPages.ViolationsAsync(admin));

        var visitor = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await visitor.GotoAsync($"/{site}/");
        var logo = visitor.Locator(".site-name img");
        await logo.EvaluateAsync("image => image.decode()");
        violations.AddRange(await AdminPages.ViolationsAsync(visitor));
        return new Branded(violations, await visitor.Locator("body").GetAttributeAsync("style") ?? "",
            await visitor.Locator(".site-name source").GetAttributeAsync("srcset") ?? "", await logo.EvaluateAsync<int>("image => image.naturalWidth"));
    }

    private async Task<IPage> AdministratorPageAsync(string site, string url)
    {
        var userName = "ulkoasu-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = host.Services.GetRequiredService<TenantScopes>().Create(host.Services.GetRequiredService<TenantRegistry>().Find(site)!))
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<ITenantAccounts>()
                .CreateAsync(new NewAccount(userName, $"{userName}@example.fi", TenantUsers.Password, [PortalRoles.Administrator])));
        }
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        await BrowserHost.LogInAsync(page, url, userName);
        return page;
    }

    /// <summary>A 640 × 320 JPEG of one colour, so that two sites' logos differ by their bytes and so by their names.</summary>
    private static byte[] Logo(int red)
    {
        using var image = NetVips.Image.Black(640, 320, bands: 3) + new double[] { red, 90, 60 };
        return image.Cast(NetVips.Enums.BandFormat.Uchar).JpegsaveBuffer(q: 85);
    }
}
