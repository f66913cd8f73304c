using System.Net;
using AngleSharp.Html.Parser;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Networks.Tests.JoinRequests;

[Collection(PortalCollection.Name)]
public sealed class JoinRequestAdminTests(PortalHost host)
{
    private const string AdminPath = "admin/liittymispyynnot";

    [Theory]
    [InlineData("Administrator")]
    [InlineData("Editor")]
    public async Task Editor_of_the_tenant_sees_a_sent_request_with_its_network_contact_details_and_message(string role)
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());
        await site.AddUserAsync("toimittaja", role);
        var editor = await site.LogInAsync("toimittaja");

        var response = await editor.GetAsync(site.Url(AdminPath));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("table.join-requests tbody tr")!;
        var text = row.TextContent;
        Assert.Contains("Kyläverkosto", text, StringComparison.Ordinal);
        Assert.Equal("Liisa Lähettäjä", row.QuerySelector("th[scope=row]")!.TextContent);
        Assert.Contains("liisa@example.fi", text, StringComparison.Ordinal);
        Assert.Contains("040 123 4567", text, StringComparison.Ordinal);
        Assert.Contains("Haluaisin mukaan kyläiltoihin.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_tells_an_editor_how_many_requests_wait_to_be_handled()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());
        await site.AddUserAsync("kasittelija", "Editor");
        var editor = await site.LogInAsync("kasittelija");

        var before = await HtmlPages.GetPageAsync(editor, site.Url("admin"));
        await HtmlPages.SubmitAsync(editor, site.Url(AdminPath), "table.join-requests form", new Dictionary<string, string>());
        var after = await HtmlPages.GetPageAsync(editor, site.Url("admin"));

        var item = Assert.Single(before.QuerySelectorAll(".attention li"));
        Assert.Equal("1 liittymispyyntö odottaa käsittelyä.", item.TextContent);
        Assert.Equal(site.Url(AdminPath), item.QuerySelector("a")?.GetAttribute("href"));
        Assert.Null(after.QuerySelector(".attention"));
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_tenants_login_page()
    {
        var site = await NetworkSite.CreateAsync(host);

        var response = await site.NewClient().GetAsync(site.Url(AdminPath));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"{site.Url("login")}?", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_without_an_editor_role_does_not_see_the_requests()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());
        await site.AddUserAsync("jasen", role: null);
        var member = await site.LogInAsync("jasen");

        var response = await member.GetAsync(site.Url(AdminPath));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("liisa@example.fi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_of_another_tenant_does_not_see_the_requests()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());
        var other = await NetworkSite.CreateAsync(host);
        await other.AddUserAsync("toimittaja", "Administrator");
        var otherAdmin = await other.LogInAsync("toimittaja");

        var response = await otherAdmin.GetAsync(site.Url(AdminPath));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(site.Url("login"), response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_a_request_handled_records_who_and_when_and_moves_it_to_the_handled_list()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());
        await site.AddUserAsync("toimittaja", "Editor");
        var editor = await site.LogInAsync("toimittaja");
        var list = new HtmlParser().ParseDocument(await editor.GetStringAsync(site.Url(AdminPath)));
        var form = list.QuerySelector("table.join-requests form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await editor.PostAsync(form.GetAttribute("action"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var unhandled = await editor.GetStringAsync(site.Url(AdminPath));
        var handled = await editor.GetStringAsync(site.Url(AdminPath + "?status=Handled"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = Assert.Single(await site.RequestsAsync());
        Assert.NotNull(request.HandledUtc);
        Assert.Equal("toimittaja", request.HandledBy);
        Assert.DoesNotContain("liisa@example.fi", unhandled, StringComparison.Ordinal);
        Assert.Contains("liisa@example.fi", handled, StringComparison.Ordinal);
        Assert.Contains("Käsitelty", handled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_handled_without_antiforgery_token_is_refused()
    {
        var site = await NetworkSite.CreateAsync(host);
        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());
        await site.AddUserAsync("toimittaja", "Editor");
        var editor = await site.LogInAsync("toimittaja");
        var id = Assert.Single(await site.RequestsAsync()).Id;

        var response = await editor.PostAsync(site.Url($"{AdminPath}?handler=Handled&id={id}"), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(Assert.Single(await site.RequestsAsync()).HandledUtc);
    }

    [Fact]
    public async Task Requests_can_be_filtered_by_network()
    {
        var site = await NetworkSite.CreateAsync(host, extraItems: """
            , { "contentItemId": "toinen", "contentType": "Network", "parts": {
                "TitlePart": { "title": "Toinen verkosto" }, "AutoroutePart": {} } }
            """);
        await site.SendJoinRequestAsync(site.NewClient(), NetworkSite.ValidForm());
        await site.AddUserAsync("toimittaja", "Editor");
        var editor = await site.LogInAsync("toimittaja");

        var own = await editor.GetStringAsync(site.Url($"{AdminPath}?network={NetworkSite.NetworkId}"));
        var other = await editor.GetStringAsync(site.Url($"{AdminPath}?network=toinen"));

        Assert.Contains("liisa@example.fi", own, StringComparison.Ordinal);
        Assert.DoesNotContain("liisa@example.fi", other, StringComparison.Ordinal);
        Assert.Contains("Rajausta vastaavia pyyntöjä ei ole.", other, StringComparison.Ordinal);
    }
}
