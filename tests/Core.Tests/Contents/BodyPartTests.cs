using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Contents;

public sealed class BodyPartTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Script_tags_are_removed_when_an_item_is_created()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new BodyPart("<p>Tervetuloa</p><script>alert('x')</script>"));

        await content.CreateAsync(item, publish: true);

        Assert.Equal("<p>Tervetuloa</p>", (await content.GetAsync(item.ContentItemId))!.Get<BodyPart>()!.Html);
    }

    [Fact]
    public async Task Event_handlers_and_javascript_links_are_removed_when_a_draft_is_edited()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new BodyPart("<p>Alku</p>"));
        await content.CreateAsync(item, publish: false);

        await content.UpdateDraftAsync(item.ContentItemId,
            d => d.Apply(new BodyPart("<p onclick=\"steal()\">Teksti</p><a href=\"javascript:steal()\">linkki</a>")));

        var html = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!.Get<BodyPart>()!.Html;
        Assert.Equal("<p>Teksti</p><a>linkki</a>", html);
    }

    [Fact]
    public async Task Formatting_and_links_are_kept()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var html = "<h2>Otsikko</h2><p><strong>Tärkeä</strong> <a href=\"https://ruralnetwork.fi/\">linkki</a></p>";
        var item = (await content.NewAsync("Article")).Apply(new BodyPart(html));

        await content.CreateAsync(item, publish: true);

        Assert.Equal(html, (await content.GetAsync(item.ContentItemId))!.Get<BodyPart>()!.Html);
    }
}
