using Microsoft.Extensions.DependencyInjection;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Core.Modules;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Core.Tests.Modules;

public sealed class FeatureEnablerTests(TestPortal portal) : IClassFixture<TestPortal>
{
    [Fact]
    public async Task Enabling_adds_the_feature_and_its_dependencies_to_the_set()
    {
        await using var scope = await portal.ContentScopeAsync();
        var enabled = new HashSet<string> { "Contents" };

        await scope.ServiceProvider.GetRequiredService<FeatureEnabler>().EnableAsync(enabled, ["Trips"], CancellationToken.None);

        Assert.Equal(["Contents", "Places", "Trips"], enabled.Order());
    }

    [Fact]
    public async Task Fields_an_admin_added_to_a_module_type_are_kept_when_the_feature_is_enabled()
    {
        await using var scope = await portal.ContentScopeAsync();
        var definitions = scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>();
        var field = new ContentFieldDefinition("Kunta", ContentFieldKind.Text, new LocalizedText("Kunta"));
        await definitions.SaveAsync(new ContentTypeDefinition { Name = "Place", Label = new LocalizedText("Vanha"), Fields = [field] });

        await scope.ServiceProvider.GetRequiredService<FeatureEnabler>().EnableAsync(new HashSet<string>(), ["Places"], CancellationToken.None);

        var place = await definitions.FindAsync("Place");
        Assert.Equal("Paikka", place?.Label.Fi);
        Assert.Equal(["TitlePart"], place?.Parts);
        Assert.Equal([field], place?.Fields);
    }

    [Fact]
    public async Task Unknown_feature_is_refused()
    {
        await using var scope = await portal.ContentScopeAsync();
        var enabler = scope.ServiceProvider.GetRequiredService<FeatureEnabler>();

        await Assert.ThrowsAsync<ArgumentException>(() => enabler.EnableAsync(new HashSet<string>(), ["Forum"], CancellationToken.None));
    }
}
