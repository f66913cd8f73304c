using AngleSharp.Html.Parser;
using Verkostoportaali.ContentFields.Branding;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests.Modules;

[Collection(PortalCollection.Name)]
public sealed class ThemeTests(PortalHost host)
{
    [Theory]
    [InlineData("#1f5f3a", "#1f5f3a")]
    [InlineData("#000000", "#000000")]
    [InlineData("#ffd700", AccentContrast.Fallback)]
    [InlineData("#777777", AccentContrast.Fallback)]
    [InlineData("red", AccentContrast.Fallback)]
    [InlineData(null, AccentContrast.Fallback)]
    public void Accent_is_used_only_when_white_text_on_it_meets_wcag_aa(string? accent, string expected)
    {
        var readable = AccentContrast.Readable(accent);

        Assert.Equal(expected, readable);
    }

    [Fact]
    public async Task Tenant_theme_settings_colour_the_header_and_fill_the_footer()
    {
        var site = await host.CreateSiteAsync("""
            { "name": "t", "steps": [ { "name": "Settings", "sections": { "ThemeSettings": {
                "accentColor": "#0b3d91", "footerContact": "Kylätie 1, 99999 Kylä" } } } ] }
            """);

        var document = new HtmlParser().ParseDocument(await host.CreateClient().GetStringAsync($"/{site.Name}/"));

        Assert.Equal("--accent: #0b3d91", document.Body!.GetAttribute("style"));
        Assert.Equal("Kylätie 1, 99999 Kylä", document.QuerySelector(".footer-contact")!.TextContent);
    }
}
