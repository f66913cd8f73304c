using Verkostoportaali.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class ContentApiTests(PortalHost host)
{
    private readonly HttpClient client = host.CreateClient();

    [Fact]
    public async Task Draft_is_in_neither_the_list_nor_by_id_nor_on_a_page_until_published()
    {
        var site = await host.CreateSiteAsync();
        var draft = await host.AddPageAsync(site, "Luonnos kylätalosta", "<p>Kesken</p>", publish: false);

        var list = await client.GetFromJsonAsync<ContentPageRow>($"/{site.Name}/api/content?type=Page");
        var byId = await client.GetAsync($"/{site.Name}/api/content/{draft.ContentItemId}");
        var page = await client.GetAsync($"/{site.Name}/luonnos-kylatalosta");

        Assert.Equal(0, list!.Total);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Published_item_appears_and_unpublished_item_disappears()
    {
        var site = await host.CreateSiteAsync();
        var item = await host.AddPageAsync(site, "Kyläilta", "<p>Tervetuloa</p>", publish: false);
        await host.InTenantAsync(site, content => content.PublishAsync(item.ContentItemId));

        var published = await client.GetFromJsonAsync<ContentRow>($"/{site.Name}/api/content/{item.ContentItemId}");
        await host.InTenantAsync(site, content => content.UnpublishAsync(item.ContentItemId));
        var afterUnpublish = await client.GetAsync($"/{site.Name}/api/content/{item.ContentItemId}");

        Assert.Equal("Kyläilta", published!.DisplayText);
        Assert.Equal($"/{site.Name}/kylailta", published.Url);
        Assert.Equal(HttpStatusCode.NotFound, afterUnpublish.StatusCode);
    }

    [Fact]
    public async Task Api_item_is_camel_case_json_with_fixed_fields_and_parts()
    {
        var site = await host.CreateSiteAsync();
        var item = await host.AddPageAsync(site, "Työpaja", "<p>Ideoita</p><script>alert(1)</script>", publish: true);

        var json = await client.GetStringAsync($"/{site.Name}/api/content/{item.ContentItemId}");

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(item.ContentItemId, root.GetProperty("contentItemId").GetString());
        Assert.Equal("Page", root.GetProperty("contentType").GetString());
        Assert.Equal("fi", root.GetProperty("culture").GetString());
        Assert.EndsWith("Z", root.GetProperty("publishedUtc").GetString(), StringComparison.Ordinal);
        Assert.Equal("Työpaja", root.GetProperty("parts").GetProperty("titlePart").GetProperty("title").GetString());
        Assert.Equal("<p>Ideoita</p>", root.GetProperty("parts").GetProperty("bodyPart").GetProperty("html").GetString());
    }

    [Fact]
    public async Task List_page_gives_each_item_as_its_own_address_does_under_camel_case_page_fields()
    {
        var site = await host.CreateSiteAsync();
        var first = await host.AddPageAsync(site, "Kylätalkoot", "<p>Tervetuloa \"talkoisiin\" & kahville</p>", publish: true);
        var second = await host.AddPageAsync(site, "Kesäjuhla", "<p>Åbo & Turku</p>", publish: true);

        // Twice: the second list is written from what the first kept.
        await client.GetStringAsync($"/{site.Name}/api/content?type=Page&size=1");
        var listed = JsonNode.Parse(await client.GetStringAsync($"/{site.Name}/api/content?type=Page&size=1"))!.AsObject();
        var secondPage = JsonNode.Parse(await client.GetStringAsync($"/{site.Name}/api/content?type=Page&size=1&page=2"))!;

        Assert.Equal(["total", "page", "size", "items"], listed.Select(p => p.Key));
        Assert.Equal(2, (int)listed["total"]!);
        Assert.Equal(1, (int)listed["size"]!);
        foreach (var (page, item) in new[] { (listed, second), (secondPage, first) })
        {
            var byId = JsonNode.Parse(await client.GetStringAsync($"/{site.Name}/api/content/{item.ContentItemId}"));
            Assert.True(JsonNode.DeepEquals(byId, page["items"]![0]), $"{page["items"]![0]} is not {byId}");
        }
    }

    [Fact]
    public async Task Edited_published_item_keeps_serving_the_published_version_until_republished()
    {
        var site = await host.CreateSiteAsync();
        var item = await host.AddPageAsync(site, "Teemapäivä", "<p>Vanha</p>", publish: true);
        await host.InTenantAsync(site, content => content.UpdateDraftAsync(item.ContentItemId,
            draft => draft.Apply(new Contents.BodyPart("<p>Uusi</p>"))));

        var beforePublish = await client.GetStringAsync($"/{site.Name}/teemapaiva");
        await host.InTenantAsync(site, content => content.PublishAsync(item.ContentItemId));
        var afterPublish = await client.GetStringAsync($"/{site.Name}/teemapaiva");

        Assert.Contains("Vanha", beforePublish, StringComparison.Ordinal);
        Assert.DoesNotContain("Uusi", beforePublish, StringComparison.Ordinal);
        Assert.Contains("Uusi", afterPublish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?type=NoSuchType", HttpStatusCode.NotFound)]
    [InlineData("?page=0", HttpStatusCode.BadRequest)]
    [InlineData("?size=1000", HttpStatusCode.BadRequest)]
    [InlineData("?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/no-such-id", HttpStatusCode.NotFound)]
    public async Task Bad_api_requests_get_a_clear_4xx(string query, HttpStatusCode expected)
    {
        var response = await client.GetAsync("/mansikka/api/content" + query);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Problem_responses_say_what_was_wrong()
    {
        var response = await client.GetAsync("/mansikka/api/content?type=NoSuchType");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("NoSuchType", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?page=2147483647&size=100")]
    [InlineData("?page=21474837&size=100")]
    public async Task A_page_far_past_the_last_is_empty_not_the_first_items(string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/mansikka/api/content" + query);

        Assert.True(page.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Contacts_in_the_api_have_names_and_phones_but_no_e_mail_addresses()
    {
        var response = await client.GetStringAsync("/elava-kainuu/api/content?type=Network&size=100");

        var contacts = JsonDocument.Parse(response).RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("parts").TryGetProperty("contactsPart", out var part) ? part.GetProperty("people").EnumerateArray() : [])
            .ToList();
        Assert.NotEmpty(contacts);
        Assert.All(contacts, c => Assert.False(c.TryGetProperty("email", out var email) && email.ValueKind != JsonValueKind.Null));
        Assert.DoesNotContain("@", response, StringComparison.Ordinal);
    }
}
