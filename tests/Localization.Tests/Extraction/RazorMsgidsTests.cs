using Verkostoportaali.PoExtract;

namespace Verkostoportaali.Localization.Tests.Extraction;

public sealed class RazorMsgidsTests
{
    [Fact]
    public void Lookups_with_arguments_escapes_and_plurals_are_found_with_their_lines()
    {
        var uses = RazorMsgids.In("""
            <h1>@T["Projects"]</h1>
            <p>@T["Join the network {0}", Model.Name]</p>
            <p>@T["Say \"hello\""]</p>
            <p>@T.Plural(Model.Items.Count(), "{0} item", "{0} items")</p>
            """, "Index.cshtml");

        Assert.Equal(["Projects", "Join the network {0}", "Say \"hello\"", "{0} item"], uses.Select(u => u.Id));
        Assert.Equal([1, 2, 3, 4], uses.Select(u => u.Line));
        Assert.Equal("{0} items", uses.Last().IdPlural);
    }

    [Fact]
    public void Literal_arguments_of_a_views_own_helper_for_its_msgid_parameter_are_found()
    {
        var uses = RazorMsgids.In("""
            @{
                async Task ChoiceAsync(string name, string labelMsgid, IEnumerable<(string Value, string Text)> options) { }
                void Row(string msgid, string? value, string? lang = null) { }
            }
            @{
                await ChoiceAsync("status", "Status", Options("a", "b"));
                Row("Measure", Model.Measure, "fi");
            }
            """, "Card.cshtml");

        Assert.Equal(["Status", "Measure"], uses.Select(u => u.Id));
    }

    [Fact]
    public void A_msgid_in_a_variable_is_not_guessed()
    {
        var uses = RazorMsgids.In("<a>@T[link.Text]</a>", "_Layout.cshtml");

        Assert.Empty(uses);
    }
}
