using Verkostoportaali.Contents;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Contents;

public sealed class TitlePartTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Trimmed_title_becomes_the_display_text()
    {
        await using var scope = await portal.ContentScopeAsync();
        var content = TestPortal.Content(scope);
        var item = (await content.NewAsync("Article")).Apply(new TitlePart("  Kylätalon avajaiset  "));

        await content.CreateAsync(item, publish: true);

        Assert.Equal("Kylätalon avajaiset", (await content.GetAsync(item.ContentItemId))!.DisplayText);
    }
}
