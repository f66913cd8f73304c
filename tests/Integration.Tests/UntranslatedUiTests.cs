using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Verkostoportaali.Contents.Api;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Integration.Tests;

/// <summary>"Done when" of the languages issue: Swedish and English pages show no Finnish UI text.</summary>
[Collection(PortalCollection.Name)]
public sealed class UntranslatedUiTests(PortalHost host)
{
    // Each content type's list, on a demo site that has items of it.
    private static readonly (string Tenant, string Type, string List)[] Types =
    [
        ("mansikka", "Project", "hankkeet"),
        ("elava-kainuu", "Network", "verkostot"),
        ("green-care-keski-suomi", "Provider", "toimijat"),
        ("elava-kainuu", "Event", "tapahtumat"),
        ("elava-kainuu", "Article", "artikkelit"),
    ];

    private readonly HttpClient client = host.CreateClient();

    public static TheoryData<string> Languages => ["sv", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Portal_home_tenant_home_and_each_types_list_and_item_page_show_no_finnish_ui_text(string language)
    {
        var paths = new List<string> { "/", "/mansikka/", "/majakka/" };
        foreach (var (tenant, type, list) in Types)
        {
            paths.Add($"/{tenant}/{list}");
            paths.Add(await FirstItemAsync(tenant, type));
        }

        var leftovers = new List<string>();
        foreach (var path in paths.Select(p => In(language, p)))
        {
            var html = await client.GetStringAsync(path);
            Assert.Equal(language, new HtmlParser().ParseDocument(html).DocumentElement.GetAttribute("lang"));
            leftovers.AddRange(FinnishLeftovers.In(html).Select(text => $"{path}: {text}"));
        }

        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers));
    }

    [Fact]
    public void Finnish_text_on_a_swedish_page_is_found_but_finnish_content_marked_with_its_lang_is_not()
    {
        const string Page = """
            <html lang="sv"><body><h1>Projekt</h1><p>Hankkeet</p><div lang="fi"><p>Tapahtumat</p></div></body></html>
            """;

        var leftovers = FinnishLeftovers.In(Page);

        Assert.Contains("Hankkeet", leftovers);
        Assert.DoesNotContain("Tapahtumat", leftovers);
    }

    [Fact]
    public async Task Finnish_page_passed_off_as_swedish_shows_its_finnish_ui_text()
    {
        var html = await client.GetStringAsync("/mansikka/hankkeet");

        var leftovers = FinnishLeftovers.In(html.Replace("<html lang=\"fi\">", "<html lang=\"sv\">", StringComparison.Ordinal));

        Assert.Contains("Hankkeet", leftovers);
        Assert.Contains("Siirry sisältöön", leftovers);
        Assert.True(leftovers.Count >= 10, string.Join(", ", leftovers));
    }

    [Fact]
    public async Task Admin_login_page_speaks_the_language_of_its_address()
    {
        var html = await client.GetStringAsync("/sv/login");

        Assert.Equal("sv", new HtmlParser().ParseDocument(html).DocumentElement.GetAttribute("lang"));
        Assert.Empty(FinnishLeftovers.In(html));
    }

    private async Task<string> FirstItemAsync(string tenant, string type)
    {
        var page = await client.GetFromJsonAsync<ContentPage>($"/{tenant}/api/content?type={type}&size=50");
        return page!.Items.First(i => i.Culture == "fi" && i.Url is not null).Url!;
    }

    private static string In(string language, string path)
    {
        var segments = path.Split('/', 3);
        return segments[1].Length == 0 ? $"/{language}/" : $"/{segments[1]}/{language}/{(segments.Length > 2 ? segments[2] : "")}";
    }
}
