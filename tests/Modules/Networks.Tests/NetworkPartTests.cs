using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests;

[Collection(PortalCollection.Name)]
public sealed class NetworkPartTests(PortalHost host)
{
    [Fact]
    public async Task Network_with_a_negative_member_count_is_refused()
    {
        var site = await NetworkSite.CreateAsync(host);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => site.CreateNetworkAsync("Miinusverkosto",
            new NetworkPart { MembersCount = -1 }));

        Assert.Contains(error.Errors, e => e.Part == "NetworkPart" && e.Field == "MembersCount");
    }

    [Theory]
    [InlineData("tapahtuma-1", "tapahtuma-1")]
    [InlineData("tapahtuma-1", " ")]
    public void Linked_events_must_be_distinct_ids(string first, string second)
    {
        var part = new NetworkPart { LinkedEventIds = [first, second] };

        var results = new List<ValidationResult>();
        var valid = Validator.TryValidateObject(part, new ValidationContext(part), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(NetworkPart.LinkedEventIds)));
    }

    [Fact]
    public void Part_is_stored_with_its_status_by_name_and_its_start_as_an_iso_date()
    {
        var part = new NetworkPart { Started = new DateOnly(2020, 1, 13), Status = NetworkStatus.Ended, MembersCount = 0 };

        var json = JsonSerializer.SerializeToElement(part, ContentJson.Options);

        Assert.Equal(("2020-01-13", "Ended", 0),
            (json.GetProperty("started").GetString(), json.GetProperty("status").GetString(), json.GetProperty("membersCount").GetInt32()));
        var read = json.Deserialize<NetworkPart>(ContentJson.Options)!;
        Assert.Equal((part.Started, part.Status, part.MembersCount), (read.Started, read.Status, read.MembersCount));
    }

    [Fact]
    public void Network_type_carries_title_network_contacts_terms_and_route()
    {
        var type = Assert.Single(new NetworksModule().ContentTypes());

        Assert.Equal("Network", type.Name);
        Assert.Superset(new HashSet<string> { "TitlePart", "NetworkPart", "ContactsPart", "TermsPart", "AutoroutePart" }, type.Parts.ToHashSet());
        Assert.True(type.Routable);
    }
}
