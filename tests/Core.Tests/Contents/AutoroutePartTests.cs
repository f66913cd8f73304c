using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Contents;

public class AutoroutePartTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Empty_slug_is_made_from_the_title_with_finnish_letters_transliterated()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);

        var item = await CreateAsync(content, "Hyvinvointipäivä Åland–Öja");

        var saved = await content.GetAsync(item.ContentItemId);
        Assert.Equal("hyvinvointipaiva-aland-oja", saved!.Slug);
        Assert.Equal("hyvinvointipaiva-aland-oja", saved.Get<AutoroutePart>()!.Slug);
    }

    [Fact]
    public async Task Second_item_with_the_same_title_gets_a_numbered_slug()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        await CreateAsync(content, "Kesäretki");

        var second = await CreateAsync(content, "Kesäretki");
        var third = await CreateAsync(content, "Kesäretki");

        Assert.Equal("kesaretki-2", (await content.GetAsync(second.ContentItemId))!.Slug);
        Assert.Equal("kesaretki-3", (await content.GetAsync(third.ContentItemId))!.Slug);
    }

    [Fact]
    public async Task Numbered_slug_of_a_long_title_stays_within_the_maximum_length()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var title = string.Join(" ", Enumerable.Repeat("luontopalvelut", 12));
        await CreateAsync(content, title);

        var second = await CreateAsync(content, title);

        var slug = (await content.GetAsync(second.ContentItemId))!.Slug!;
        Assert.Equal(Slugs.MaxLength, slug.Length);
        Assert.EndsWith("-2", slug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_slug_is_free_in_another_culture()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        await CreateAsync(content, "Green Care");

        var swedish = await CreateAsync(content, "Green Care", culture: "sv");

        Assert.Equal("green-care", (await content.GetAsync(swedish.ContentItemId))!.Slug);
    }

    [Fact]
    public async Task Item_keeps_its_slug_in_a_new_draft()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateAsync(content, "Syysseminaari");

        var draft = await content.UpdateDraftAsync(item.ContentItemId, d => d.Apply(new BodyPart("<p>Ohjelma</p>")));

        Assert.Equal("syysseminaari", draft.Slug);
    }

    [Fact]
    public async Task Given_slug_is_normalised_and_kept()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);

        var item = await CreateAsync(content, "Pitkä otsikko tapahtumasta", slug: "Tapahtuma 2025");

        Assert.Equal("tapahtuma-2025", (await content.GetAsync(item.ContentItemId))!.Slug);
    }

    [Theory]
    [InlineData("Admin", "admin-2")]
    [InlineData("API!", "api-2")]
    [InlineData("SV", "sv-2")]
    [InlineData("Default", "default-2")]
    [InlineData("Haku", "haku")]
    public async Task Slug_the_portal_answers_itself_gets_a_number_and_any_other_is_kept(string title, string slug)
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);

        var item = await CreateAsync(content, title);

        Assert.Equal(slug, (await content.GetAsync(item.ContentItemId))!.Slug);
    }

    [Fact]
    public async Task Published_item_is_found_by_its_slug()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = await CreateAsync(content, "Löydettävä sivu");

        var found = await content.GetBySlugAsync("loydettava-sivu", "fi");

        Assert.Equal(item.ContentItemId, found?.ContentItemId);
        Assert.Null(await content.GetBySlugAsync("loydettava-sivu", "sv"));
    }

    private static async Task<ContentItem> CreateAsync(ContentManager content, string title, string culture = "fi", string? slug = null)
    {
        var item = (await content.NewAsync("Article")).Apply(new TitlePart(title)).Apply(new AutoroutePart(slug));
        item.Culture = culture;
        await content.CreateAsync(item, publish: true);
        return item;
    }
}
