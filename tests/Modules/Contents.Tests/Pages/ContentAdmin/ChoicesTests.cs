using System.Net;
using System.Text.Json;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class ChoicesTests(PortalHost host)
{
    private const string PageChoices = "admin/sisalto/valinnat?type=Page&q=";

    [Fact]
    public async Task Choices_are_the_items_whose_title_has_the_text_with_their_type_name()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var village = await site.AddPageAsync("Kylätalon remontti", "toimittaja", publish: true);
        await site.AddPageAsync("Uimaranta", "toimittaja", publish: true);

        var choices = await ChoicesAsync(editor, site, PageChoices + "talon");

        Assert.Equal([(village.ContentItemId, "Kylätalon remontti", "Sivu")], choices);
    }

    [Fact]
    public async Task Contributor_is_offered_published_items_and_own_drafts_but_not_others_drafts()
    {
        var site = await AdminSite.CreateAsync(host);
        var contributor = await site.UserAsync("avustaja", "Contributor");
        await site.AddPageAsync("Kylän oma sivu", "avustaja");
        await site.AddPageAsync("Kylän julkinen sivu", "toinen", publish: true);
        await site.AddPageAsync("Kylän salainen luonnos", "toinen");

        var titles = (await ChoicesAsync(contributor, site, PageChoices + "kylän")).Select(c => c.Title);

        Assert.Equal(["Kylän julkinen sivu", "Kylän oma sivu"], titles);
    }

    [Fact]
    public async Task Choices_are_in_the_editors_language()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        await site.AddPageAsync("Byhuset", "toimittaja", publish: true, culture: "sv");
        await site.AddPageAsync("Byhuset suomeksi", "toimittaja", publish: true);

        var inFinnish = (await ChoicesAsync(editor, site, PageChoices + "byhuset")).Select(c => c.Title);
        await TenantUsers.ChooseLanguageAsync(editor, site.Url(""), "sv");
        var inSwedish = await ChoicesAsync(editor, site, PageChoices + "byhuset");

        Assert.Equal(["Byhuset suomeksi"], inFinnish);
        Assert.Equal([("Byhuset", "Sida")], inSwedish.Select(c => (c.Title, c.Type)));
    }

    [Fact]
    public async Task Another_sites_items_are_never_offered()
    {
        var site = await AdminSite.CreateAsync(host);
        var other = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        await other.AddPageAsync("Naapurin kylätalo", "toimittaja", publish: true);

        var choices = await ChoicesAsync(editor, site, PageChoices + "kylätalo");

        Assert.Empty(choices);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.Redirect)]
    [InlineData(true, HttpStatusCode.Forbidden)]
    public async Task Choices_need_access_to_the_admin(bool signedIn, HttpStatusCode expected)
    {
        var site = await AdminSite.CreateAsync(host);
        await site.AddPageAsync("Kylätalo", "toimittaja", publish: true);
        await site.AddUserAsync("vierailija");
        var client = site.NewClient();
        if (signedIn)
        {
            await TenantUsers.LogInAsync(client, site.Url(""), "vierailija");
        }

        var response = await client.GetAsync(site.Url(PageChoices + "kylä"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Choices_without_a_type_are_a_bad_request()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");

        var response = await editor.GetAsync(site.Url("admin/sisalto/valinnat?q=kylä"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<List<(string Id, string Title, string Type)>> ChoicesAsync(HttpClient client, AdminSite site, string path)
    {
        var response = await client.GetAsync(site.Url(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.EnumerateArray().Select(c =>
            (c.GetProperty("id").GetString()!, c.GetProperty("title").GetString()!, c.GetProperty("type").GetString()!))];
    }
}
