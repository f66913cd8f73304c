using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Projects.Tests.Pages.Admin;

[Collection(PortalCollection.Name)]
public sealed class ImportPageTests(PortalHost host)
{
    [Fact]
    public async Task Signed_out_visitor_is_sent_to_the_login()
    {
        var site = await TestProjects.CreateSiteAsync(host);

        var response = await NewClient().GetAsync($"/{site.Name}/admin/tuonti");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_whose_role_lacks_the_import_permission_may_not_open_the_page()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        await TenantUsers.AddAsync(host.Services, site, "kirjoittaja", "Author");

        var response = await (await LogInAsync(site, "kirjoittaja")).GetAsync($"/{site.Name}/admin/tuonti");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Preview_of_an_unrelated_text_says_so_next_to_the_field_and_posting_without_the_form_token_is_refused()
    {
        var site = await TestProjects.CreateSiteAsync(host);
        await TenantUsers.AddAsync(host.Services, site, "toimittaja", "Editor");
        var client = await LogInAsync(site, "toimittaja");
        var form = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync($"/{site.Name}/admin/tuonti"));
        var token = form.QuerySelector("form.import-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var page = await new HtmlParser().ParseDocumentAsync(await (await client.PostAsync($"/{site.Name}/admin/tuonti?handler=Preview",
            new MultipartFormDataContent { { new StringContent("Tervetuloa kylätalolle!"), "Text" }, { new StringContent(token), "__RequestVerificationToken" } }))
            .Content.ReadAsStringAsync());
        var forged = await client.PostAsync($"/{site.Name}/admin/tuonti?handler=Import",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "Hanke" }));

        Assert.Equal("Text-hint Text-error", page.QuerySelector("textarea#Text")!.GetAttribute("aria-describedby"));
        Assert.Contains("Rekisterin korttia ei löytynyt", page.QuerySelector("#Text-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> LogInAsync(Tenant site, string userName)
    {
        var client = NewClient();
        var login = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync($"/{site.Name}/login"));
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync($"/{site.Name}/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = TenantUsers.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
