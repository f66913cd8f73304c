using Verkostoportaali.PoExtract;

namespace Verkostoportaali.Localization.Tests.Extraction;

public sealed class CSharpMsgidsTests
{
    [Fact]
    public void Localizer_lookups_plurals_and_data_annotations_are_msgids()
    {
        var ids = Ids("""
            class Page(IStringLocalizer<Page> T)
            {
                [Required(ErrorMessage = "Enter your name.")]
                [Display(Name = "Your name")]
                public string Name { get; set; }
                string A() => T["Page not found"];
                string B(int n) => T["Join {0}", n] + T.Plural(n, "{0} event", "{0} events");
            }
            """);

        Assert.Equal(["Enter your name.", "Your name", "Page not found", "Join {0}", "{0} event"], ids.Select(u => u.Id));
        Assert.Equal("{0} events", ids.Single(u => u.Id == "{0} event").IdPlural);
    }

    [Fact]
    public void Validation_results_permissions_and_navigation_links_are_msgids_also_when_target_typed()
    {
        var ids = Ids("""
            class M : Module
            {
                public static readonly Permission Manage = new("ManageX", "Manage the things");
                public override IEnumerable<NavigationLink> PublicNavigation() => [new("Projects", "/hankkeet", 10)];
                IEnumerable<ValidationResult> Validate(ValidationContext c)
                {
                    yield return new("The end is before the start.", ["End"]);
                    yield return new ValidationResult("Too long.");
                }
            }
            """).Select(u => u.Id);

        Assert.Equal(["Manage the things", "Projects", "The end is before the start.", "Too long."], ids);
    }

    [Fact]
    public void Constants_locals_choices_and_msgid_named_helpers_lead_to_their_strings()
    {
        var ids = Ids("""
            class V
            {
                public const string FormatMessage = "Wrong format.";
                const string Other = "Wrong digit.";
                string A(bool format) { var message = format ? FormatMessage : V.Other; return T[message]; }
                string B(string? error) => T[error ?? "Not valid."];
                static string StatusMsgid(int s) => s switch { 0 => "Upcoming", _ => "Ended" };
                void Row(string msgid, string value) { }
                void C() => Row("Measure", "x");
            }
            """).Select(u => u.Id);

        Assert.Equal(["Wrong format.", "Wrong digit.", "Not valid.", "Upcoming", "Ended", "Measure"], ids);
    }

    [Fact]
    public void Strings_made_at_run_time_and_other_literals_are_not_msgids()
    {
        var ids = Ids("""
            class X
            {
                string A(string name) => T[$"Hello {name}"] + T[name] + Other("Not a msgid");
                Exception B() => new InvalidOperationException("Not a msgid either");
            }
            """);

        Assert.Empty(ids);
    }

    private static IReadOnlyList<MsgidUse> Ids(string code) => [.. new CSharpMsgids([(code, "X.cs")]).Uses()];
}
