using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Language;

[Collection(PortalCollection.Name)]
public sealed class AdminLanguageTests(PortalHost host)
{
    [Fact]
    public async Task Swedish_preferring_user_sees_the_dashboard_in_swedish_while_public_pages_keep_the_url_language()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var saved = await site.SubmitAsync(admin, "admin/tili", "form.account-language", new() { ["UiLanguage"] = "sv" });
        var dashboard = await HtmlPages.GetPageAsync(admin, site.Url("admin"));
        var publicHome = await HtmlPages.GetPageAsync(admin, site.Url(""));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("sv", dashboard.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Innehåll på webbplatsen", dashboard.QuerySelector("table caption")!.TextContent);
        Assert.Equal("Mitt konto", dashboard.QuerySelector(".admin-bar a[href$='/admin/tili']")!.TextContent);
        Assert.Equal("fi", publicHome.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Without_a_choice_the_admin_is_in_finnish()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var dashboard = await HtmlPages.GetPageAsync(admin, site.Url("admin"));

        Assert.Equal("fi", dashboard.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sivuston sisällöt", dashboard.QuerySelector("table caption")!.TextContent);
    }

    [Fact]
    public async Task Unknown_language_is_refused_with_a_message()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await site.SubmitAsync(admin, "admin/tili", "form.account-language", new() { ["UiLanguage"] = "de" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Valitse kieli luettelosta.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
