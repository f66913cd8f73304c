using System.Net;
using Verkostoportaali.ServiceNeeds.Routing;
using Verkostoportaali.Testing;

namespace Verkostoportaali.ServiceNeeds.Tests.Routing;

[Collection(PortalCollection.Name)]
public sealed class ForwardingTests(PortalHost host)
{
    private const string HomeHelp = "kotiapu@example.fi";
    private const string VillageServices = "kylapalvelu@example.fi";

    [Fact]
    public async Task Coordinator_sees_the_providers_matching_by_service_field_and_area_chosen_and_the_others_not()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();
        var need = Assert.Single(await site.NeedsAsync());
        var coordinator = await site.LogInAsync();

        var page = await HtmlPages.GetPageAsync(coordinator, site.Url($"admin/palvelutarpeet/{need.Id}"));

        var chosen = page.QuerySelectorAll("input[name=providers][checked]").Select(i => i.GetAttribute("value")).Order().ToList();
        Assert.Equal(["esimerkki-kotiapu-mahlu", "esimerkki-kylapalvelu"], chosen);
        Assert.NotNull(page.QuerySelector("input[name=providers][value=esimerkki-pihatyot]"));
        Assert.Contains("Aino Asukas", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_village_provider_matches_a_need_in_its_village_only()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync(NeedSite.ValidNeed("kiinteiston-ja-pihanhoito", "villages/lannevesi"));
        await site.ReportNeedAsync(NeedSite.ValidNeed("kiinteiston-ja-pihanhoito", "villages/mahlu"));
        var needs = await site.NeedsAsync();

        var lannevesi = await host.InTenantAsync<ProviderMatching, IReadOnlyList<Candidate>>(site.Tenant, m => m.CandidatesAsync(needs[0]));
        var mahlu = await host.InTenantAsync<ProviderMatching, IReadOnlyList<Candidate>>(site.Tenant, m => m.CandidatesAsync(needs[1]));

        Assert.Equal(["Esimerkki: Kyläpalvelu Tarvaala", "Esimerkki: Lanneveden Pihatyöt"], lannevesi.Where(c => c.Matches).Select(c => c.Name).Order());
        Assert.Equal(["Esimerkki: Kyläpalvelu Tarvaala"], mahlu.Where(c => c.Matches).Select(c => c.Name));
    }

    [Fact]
    public async Task First_acceptance_assigns_the_need_the_others_are_told_and_their_links_stop_working()
    {
        var site = await NeedSite.CreateAsync(host);
        var statusPath = await site.ReportNeedAsync();
        await ForwardAsync(site);
        var first = NeedSite.LinkIn(await site.MailAsync(HomeHelp, "Palvelutarve teille"), "/palvelutarpeet/tarjous/");
        var second = NeedSite.LinkIn(await site.MailAsync(VillageServices, "Palvelutarve teille"), "/palvelutarpeet/tarjous/");
        var offerPage = await HtmlPages.GetPageAsync(site.NewClient(), first);

        var accepted = await HtmlPages.SubmitAsync(site.NewClient(), first, "form[action*=Accept]", new Dictionary<string, string>());
        var late = await HtmlPages.GetPageAsync(site.NewClient(), second);

        Assert.DoesNotContain("Ville", offerPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var need = Assert.Single(await site.NeedsAsync());
        Assert.Equal(NeedStatus.Accepted, need.Status);
        Assert.Equal("esimerkki-kotiapu-mahlu", need.AssignedProvider);
        Assert.Null(late.QuerySelector("form[action*=Accept]"));
        Assert.Contains("ei enää toimi", late.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var details = await site.MailAsync(HomeHelp, "Otitte vastaan");
        Assert.Contains("ville@example.fi", details.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Kolkanpääntie", details.TextBody, StringComparison.Ordinal);
        await site.MailAsync(VillageServices, "on jo otettu vastaan");
        await site.MailAsync("ville@example.fi", "otettiin vastaan");
        var status = await HtmlPages.GetPageAsync(site.NewClient(), statusPath);
        Assert.Contains("Palveluntarjoaja otti vastaan", status.QuerySelector(".need-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_gets_no_contact_details_the_reporter_did_not_agree_to_share()
    {
        var site = await NeedSite.CreateAsync(host);
        var fields = NeedSite.ValidNeed();
        fields.Remove("Input.ShareContact");
        await site.ReportNeedAsync(fields);
        await ForwardAsync(site);
        var link = NeedSite.LinkIn(await site.MailAsync(HomeHelp, "Palvelutarve teille"), "/palvelutarpeet/tarjous/");

        await HtmlPages.SubmitAsync(site.NewClient(), link, "form[action*=Accept]", new Dictionary<string, string>());

        var details = await site.MailAsync(HomeHelp, "Otitte vastaan");
        Assert.DoesNotContain("ville@example.fi", details.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("040 123 4567", details.TextBody, StringComparison.Ordinal);
        Assert.Contains("koordinaattori", details.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_every_provider_declines_the_need_returns_to_the_coordinator()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();
        await ForwardAsync(site);

        foreach (var provider in new[] { HomeHelp, VillageServices })
        {
            var link = NeedSite.LinkIn(await site.MailAsync(provider, "Palvelutarve teille"), "/palvelutarpeet/tarjous/");
            await HtmlPages.SubmitAsync(site.NewClient(), link, "form[action*=Decline]", new Dictionary<string, string>());
        }

        var need = Assert.Single(await site.NeedsAsync());
        Assert.Equal(NeedStatus.New, need.Status);
        Assert.All(await site.OffersAsync(), o => Assert.Equal(OfferAnswer.Declined, o.Answer));
        await site.MailAsync(NeedSite.CoordinatorEmail, "palasi sinulle");
    }

    [Fact]
    public async Task A_provider_asks_for_more_information_and_the_coordinator_is_mailed_the_question()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();
        await ForwardAsync(site);
        var link = NeedSite.LinkIn(await site.MailAsync(HomeHelp, "Palvelutarve teille"), "/palvelutarpeet/tarjous/");

        var empty = await HtmlPages.SubmitAsync(site.NewClient(), link, "form.offer-question", new Dictionary<string, string> { ["Question"] = " " });
        await HtmlPages.SubmitAsync(site.NewClient(), link, "form.offer-question", new Dictionary<string, string> { ["Question"] = "Onko pihassa koira?" });

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Kirjoita kysymyksesi", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var question = await site.MailAsync(NeedSite.CoordinatorEmail, "kysyy palvelutarpeesta");
        Assert.Contains("Onko pihassa koira?", question.TextBody, StringComparison.Ordinal);
        Assert.Equal(NeedStatus.Forwarded, Assert.Single(await site.NeedsAsync()).Status);
    }

    [Fact]
    public async Task A_need_no_provider_answers_in_time_returns_to_the_coordinator()
    {
        var site = await NeedSite.CreateAsync(host, settings: """{ "ServiceNeedSettings": { "answerDays": 3 } }""");
        await site.ReportNeedAsync();
        await ForwardAsync(site);
        var sent = Assert.Single(await site.OffersAsync(), o => o.Email == HomeHelp).SentUtc;

        await site.RunAsync<UnansweredOffers>(new FakeClock(sent.AddDays(3).AddMinutes(-1)));
        var before = Assert.Single(await site.NeedsAsync()).Status;
        await site.RunAsync<UnansweredOffers>(new FakeClock(sent.AddDays(3).AddMinutes(1)));

        Assert.Equal(NeedStatus.Forwarded, before);
        Assert.Equal(NeedStatus.New, Assert.Single(await site.NeedsAsync()).Status);
        Assert.All(await site.OffersAsync(), o => Assert.Equal(OfferAnswer.Expired, o.Answer));
        await site.MailAsync(NeedSite.CoordinatorEmail, "palasi sinulle");
    }

    [Fact]
    public async Task Forwarding_again_sends_no_second_offer_to_a_provider_whose_offer_is_open()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();

        await ForwardAsync(site);
        await ForwardAsync(site);

        Assert.Equal(2, (await site.OffersAsync()).Count);
    }

    [Fact]
    public async Task Forwarding_with_no_provider_chosen_says_so_and_sends_nothing()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();
        var need = Assert.Single(await site.NeedsAsync());
        var coordinator = await site.LogInAsync();

        var response = await HtmlPages.SubmitAsync(coordinator, site.Url($"admin/palvelutarpeet/{need.Id}"), "form[action*=Forward]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Valitse ainakin yksi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await site.OffersAsync());
    }

    [Fact]
    public async Task An_editor_coordinates_by_default_and_the_coordinator_role_cannot_manage_users()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "toimittaja@example.fi", "Editor");
        var editor = await site.LogInAsync("toimittaja");
        var coordinator = await site.LogInAsync();

        var editorsList = await editor.GetAsync(site.Url("admin/palvelutarpeet"));
        var coordinatorsUsers = await coordinator.GetAsync(site.Url("admin/kayttajat"));

        Assert.Equal(HttpStatusCode.OK, editorsList.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, coordinatorsUsers.StatusCode);
    }

    [Fact]
    public async Task An_author_cannot_see_the_needs()
    {
        var site = await NeedSite.CreateAsync(host);
        await site.ReportNeedAsync();
        await site.AddUserAsync("kirjoittaja", "kirjoittaja@example.fi", "Author");
        var author = await site.LogInAsync("kirjoittaja");

        var response = await author.GetAsync(site.Url("admin/palvelutarpeet"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The coordinator forwards the need with the providers the page chose: both that match.</summary>
    internal static async Task ForwardAsync(NeedSite site)
    {
        var need = Assert.Single(await site.NeedsAsync());
        var coordinator = await site.LogInAsync();
        var page = await HtmlPages.GetPageAsync(coordinator, site.Url($"admin/palvelutarpeet/{need.Id}"));
        var form = page.QuerySelector("form[action*=Forward]")!;
        var fields = form.QuerySelectorAll("input[name=providers][checked]").Select(i => KeyValuePair.Create("providers", i.GetAttribute("value")!))
            .Append(KeyValuePair.Create("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));

        var response = await coordinator.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
