using Verkostoportaali.Testing;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Verkostoportaali.Integration.Tests;

[Collection(PortalCollection.Name)]
public sealed class LoginTests(PortalHost host)
{
    [Fact]
    public async Task Admin_from_configuration_logs_in_to_the_portal_and_sees_the_dashboard()
    {
        var client = NewClient();

        var login = await LogInAsync(client, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var dashboard = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains(PortalHost.AdminUser, await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_page_sends_an_anonymous_visitor_to_the_login_page()
    {
        var response = await NewClient().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_a_message_and_does_not_sign_in()
    {
        var client = NewClient();

        var response = await LogInAsync(client, "/", PortalHost.AdminUser, "väärä salasana");
        var dashboard = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".form-errors");
        Assert.False(string.IsNullOrWhiteSpace(errors?.TextContent));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }

    [Fact]
    public async Task Portal_login_cookie_is_not_accepted_by_another_tenant_even_when_renamed()
    {
        var client = NewClient();
        var login = await LogInAsync(client, "/", PortalHost.AdminUser, PortalHost.AdminPassword);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application.Default=", StringComparison.Ordinal));
        var value = cookie.Split(';')[0].Split('=', 2)[1];

        var replay = new HttpRequestMessage(HttpMethod.Get, "/mansikka/admin");
        replay.Headers.Add("Cookie", $".AspNetCore.Identity.Application.mansikka={value}; .AspNetCore.Identity.Application.Default={value}");
        var response = await NewClient().SendAsync(replay);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/mansikka/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_refused()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = PortalHost.AdminUser,
            ["Input.Password"] = PortalHost.AdminPassword,
        });

        var response = await NewClient().PostAsync("/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private HttpClient NewClient() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string tenantRoot, string user, string password) =>
        HtmlPages.SubmitAsync(client, tenantRoot + "login", "main form",
            new Dictionary<string, string> { ["Input.UserName"] = user, ["Input.Password"] = password });
}
