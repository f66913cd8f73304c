using System.Net;
using Verkostoportaali.Core.Content;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Contents.Tests.Pages.ContentAdmin;

[Collection(PortalCollection.Name)]
public sealed class EditorValidationTests(PortalHost host)
{
    private const string NewEvent = "admin/sisalto/uusi/Event";

    private static Dictionary<string, string> ValidEvent() => new()
    {
        ["TitlePart.Title"] = "Kyläilta",
        ["BodyPart.Html"] = "<p>Tervetuloa!</p>",
        ["EventPart.StartDate"] = "2026-06-24",
        ["EventPart.PlaceName"] = "Kylätalo",
    };

    [Fact]
    public async Task Valid_event_is_saved_as_a_draft_owned_and_authored_by_the_editor()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");

        var response = await site.SubmitAsync(editor, NewEvent, "Save", ValidEvent());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await site.LatestAsync("Event"));
        Assert.Equal("Kyläilta", saved.DisplayText);
        Assert.False(saved.Published);
        Assert.Equal(("toimittaja", "toimittaja"), (saved.Owner, saved.Author));
        Assert.Equal(new DateOnly(2026, 6, 24), saved.Get<Verkostoportaali.Events.EventPart>()!.StartDate);
    }

    [Theory]
    [InlineData("TitlePart.Title", "", "TitlePart_Title")]
    [InlineData("TitlePart.Title", "x", "TitlePart_Title")]
    [InlineData("EventPart.StartDate", "31.2.2026", "EventPart_StartDate")]
    [InlineData("EventPart.EndDate", "2026-06-01", "EventPart_EndDate")]
    [InlineData("EventPart.OnlineUrl", "ei osoite", "EventPart_OnlineUrl")]
    public async Task Bad_value_gives_a_message_next_to_its_field_keeps_what_was_typed_and_saves_nothing(string field, string value, string id)
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var form = ValidEvent();
        form[field] = value == "x" ? new string('x', 301) : value;

        var response = await site.SubmitAsync(editor, NewEvent, "Save", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AdminSite.Parse(await response.Content.ReadAsStringAsync());
        var input = page.GetElementById(id)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var error = page.GetElementById(id + "-error")!;
        Assert.Contains(id + "-error", input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.TextContent.Replace("Virhe:", "", StringComparison.Ordinal)));
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#{id}']"));
        Assert.Equal("Kylätalo", page.GetElementById("EventPart_PlaceName")!.GetAttribute("value"));
        Assert.Empty(await site.LatestAsync("Event"));
    }

    [Fact]
    public async Task Invalid_date_text_is_explained_in_finnish()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var form = ValidEvent();
        form["EventPart.StartDate"] = "huomenna";

        var response = await site.SubmitAsync(editor, NewEvent, "Save", form);

        var page = AdminSite.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Anna päivämäärä muodossa päivä.kuukausi.vuosi", page.GetElementById("EventPart_StartDate-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("huomenna", page.GetElementById("EventPart_StartDate")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Script_in_the_rich_text_is_saved_without_it()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var form = ValidEvent();
        form["BodyPart.Html"] = "<p>Hei<script>alert('x')</script><img src=x onerror=alert(1)></p>";

        await site.SubmitAsync(editor, NewEvent, "Save", form);

        var html = Assert.Single(await site.LatestAsync("Event")).Get<BodyPart>()!.Html;
        Assert.Contains("Hei", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string, string> UnreadableBodies => new()
    {
        { string.Concat(Enumerable.Repeat("<div>", 50_000)), "Tekstissä on liian monta sisäkkäistä tasoa." },
        { "<p><select><xmp></xmp><select><embed>", "Tekstiä ei voitu lukea" },
    };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task Body_too_deep_or_too_broken_to_sanitise_gives_a_message_next_to_the_text_and_saves_nothing(string body, string message)
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var form = ValidEvent();
        form["BodyPart.Html"] = body;

        var response = await site.SubmitAsync(editor, NewEvent, "Save", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = AdminSite.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.GetElementById("BodyPart_Html-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.GetElementById("BodyPart_Html")!.GetAttribute("aria-invalid"));
        Assert.Empty(await site.LatestAsync("Event"));
    }

    [Fact]
    public async Task Form_with_a_forged_antiforgery_token_is_refused_and_nothing_is_saved()
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");
        var form = ValidEvent();
        form["__RequestVerificationToken"] = "CfDJ8-vaarennetty-tunniste";

        var response = await site.SubmitAsync(editor, NewEvent, "Save", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await site.LatestAsync("Event"));
    }

    [Theory]
    [InlineData("EventPart_OnlineUrl", "url")]
    [InlineData("EventPart_RegistrationUrl", "url")]
    [InlineData("EventPart_OrganiserId", "text")]
    public async Task Web_addresses_are_one_line_inputs_of_their_kind(string id, string type)
    {
        var site = await AdminSite.CreateAsync(host);
        var editor = await site.UserAsync("toimittaja", "Editor");

        var page = await site.PageAsync(editor, NewEvent);

        var input = page.GetElementById(id)!;
        Assert.Equal(("INPUT", type), (input.TagName, input.GetAttribute("type")));
    }

    [Fact]
    public async Task Organiser_typed_as_an_id_without_script_is_saved_and_shown_by_its_title()
    {
        var site = AdminSite.Of(host, await host.CreateSiteAsync("""
            { "name": "organiser-test", "steps": [ { "name": "Features", "enable": ["Events", "Networks"] } ] }
            """));
        var editor = await site.UserAsync("toimittaja", "Editor");
        var network = await host.InTenantAsync<ContentManager, ContentItem>(site.Tenant, async content =>
        {
            var item = (await content.NewAsync("Network")).Apply(new TitlePart("Kylien verkosto"));
            await content.CreateAsync(item, true);
            return item;
        });
        var form = ValidEvent();
        form["EventPart.OrganiserId"] = network.ContentItemId;

        var saved = await site.SubmitAsync(editor, NewEvent, "Save", form);
        var id = Assert.Single(await site.LatestAsync("Event")).ContentItemId;
        var page = await site.PageAsync(editor, $"admin/sisalto/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var chosen = page.QuerySelector("#EventPart_OrganiserId-chosen input[type=checkbox][checked]")!;
        Assert.Equal(network.ContentItemId, chosen.GetAttribute("value"));
        Assert.Equal("Kylien verkosto", page.QuerySelector($"label[for='{chosen.Id}']")!.TextContent);
    }
}
