using System.Text.Json;
using Verkostoportaali.Contents;
using Verkostoportaali.Core.Content;

namespace Verkostoportaali.Networks.Tests;

public sealed class NetworkJsonLdTests
{
    [Fact]
    public void Text_that_would_close_the_script_element_is_escaped()
    {
        var item = Network("Verkosto</script><script>alert(1)</script>", new NetworkPart { Purpose = "<b>&</b>" });

        var json = NetworkJsonLd.For(item, "https://example.fi/verkosto");

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Equal("Verkosto</script><script>alert(1)</script>", JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Contact_points_carry_name_role_and_phone_but_never_the_email_address()
    {
        var item = Network("Kyläverkosto", new NetworkPart())
            .Apply(new ContactsPart([new ContactPerson("Esko Seppä", Role: "yhteyshenkilö", Phone: "0400 536 591", Email: "esko@example.fi")]));

        var json = NetworkJsonLd.For(item, "https://example.fi/verkosto");

        var contact = JsonDocument.Parse(json).RootElement.GetProperty("contactPoint")[0];
        Assert.Equal(("Esko Seppä", "yhteyshenkilö", "0400 536 591"),
            (contact.GetProperty("name").GetString(), contact.GetProperty("contactType").GetString(), contact.GetProperty("telephone").GetString()));
        Assert.DoesNotContain("esko@example.fi", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_the_network_has_not_given_are_left_out()
    {
        var json = NetworkJsonLd.For(Network("Kyläverkosto", new NetworkPart()), "https://example.fi/verkosto");

        var root = JsonDocument.Parse(json).RootElement;
        Assert.False(root.TryGetProperty("description", out _));
        Assert.False(root.TryGetProperty("foundingDate", out _));
        Assert.False(root.TryGetProperty("contactPoint", out _));
    }

    private static ContentItem Network(string title, NetworkPart part) =>
        new ContentItem { ContentItemId = "v", VersionId = "v1", ContentType = "Network", DisplayText = title }.Apply(part);
}
