using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Security;

[Collection(PortalCollection.Name)]
public sealed class TenantProtectionTests(PortalHost host)
{
    [Fact]
    public async Task Auth_ticket_protected_for_one_tenant_cannot_be_read_on_another()
    {
        var a = await host.CreateSiteAsync();
        var b = await host.CreateSiteAsync();
        var format = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;
        var accessor = host.Services.GetRequiredService<IHttpContextAccessor>();
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "paakayttaja")], "test")), "test");

        accessor.HttpContext = InTenant(a);
        var protectedTicket = format.Protect(ticket);
        var readInA = format.Unprotect(protectedTicket);
        accessor.HttpContext = InTenant(b);
        var readInB = format.Unprotect(protectedTicket);
        accessor.HttpContext = null;

        Assert.Equal("paakayttaja", readInA?.Principal.Identity?.Name);
        Assert.Null(readInB);
    }

    [Fact]
    public async Task Auth_cookie_of_one_tenant_replayed_under_another_tenants_cookie_name_is_rejected()
    {
        var a = await UsersSite.CreateAsync(host);
        var b = await UsersSite.CreateAsync(host);
        var login = await a.PostLoginAsync(a.NewClient(), UsersSite.Admin, TenantUsers.Password);
        var value = CookieValue(login, $".AspNetCore.Identity.Application.{a.Tenant.Name}");

        var replay = new HttpRequestMessage(HttpMethod.Get, b.Url("admin"));
        replay.Headers.Add("Cookie", $".AspNetCore.Identity.Application.{b.Tenant.Name}={value}");
        var response = await b.NewClient().SendAsync(replay);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(b.Url("login"), response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Antiforgery_cookie_is_named_for_the_tenant()
    {
        var site = await UsersSite.CreateAsync(host);

        var response = await site.NewClient().GetAsync(site.Url("login"));

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($".AspNetCore.Antiforgery.{site.Tenant.Name}=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forged_antiforgery_token_is_refused_with_400_and_nothing_is_saved()
    {
        var site = await UsersSite.CreateAsync(host);
        var admin = await site.LogInAsync(UsersSite.Admin);

        var response = await admin.PostAsync(site.Url("admin/kayttajat/uusi"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "vaarennetty",
            ["Input.Password"] = TenantUsers.Password,
            ["__RequestVerificationToken"] = "CfDJ8-vaarennetty-tunniste",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await site.FindUserAsync("vaarennetty"));
    }

    [Fact]
    public async Task Antiforgery_token_and_cookie_from_another_tenant_are_refused()
    {
        var a = await UsersSite.CreateAsync(host);
        var b = await UsersSite.CreateAsync(host);
        var client = a.NewClient();
        var page = await client.GetAsync(a.Url("login"));
        var token = UsersSite.Token((await UsersSite.ParseAsync(page)).QuerySelector("main form")!);
        var cookie = CookieValue(page, $".AspNetCore.Antiforgery.{a.Tenant.Name}");

        var post = new HttpRequestMessage(HttpMethod.Post, b.Url("login"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = UsersSite.Admin,
                ["Input.Password"] = TenantUsers.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", $".AspNetCore.Antiforgery.{b.Tenant.Name}={cookie}; .AspNetCore.Antiforgery={cookie}");
        var response = await b.NewClient().SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static DefaultHttpContext InTenant(Core.Tenancy.Tenant tenant)
    {
        var context = new DefaultHttpContext();
        context.Features.Set(tenant);
        return context;
    }

    private static string CookieValue(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal)).Split(';')[0].Split('=', 2)[1];
}
