using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Security;

[Collection(PortalCollection.Name)]
public sealed class LoginTests(PortalHost host)
{
    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_with_a_clear_message_and_never_a_server_error()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "Editor");
        var client = site.NewClient();
        var statuses = new List<HttpStatusCode>();
        string message = "";

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var response = await site.PostLoginAsync(client, "toimittaja", "Väärä-salasana-123!");
            statuses.Add(response.StatusCode);
            message = (await UsersSite.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent;
        }
        var rightPassword = await site.PostLoginAsync(client, "toimittaja", TenantUsers.Password);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains("Tili on lukittu 15 minuutiksi", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("lukittu", (await UsersSite.ParseAsync(rightPassword)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_login_attempts_from_one_address_get_429_with_a_localized_message()
    {
        var site = await UsersSite.CreateAsync(host);
        var client = site.NewClient();
        for (var attempt = 0; attempt < PortalHost.LoginAttemptsPerWindow; attempt++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await site.PostLoginAsync(client, "kuka-tahansa-" + attempt, "Väärä-salasana-123!")).StatusCode);
        }

        var limited = await site.PostLoginAsync(client, UsersSite.Admin, TenantUsers.Password);
        var form = await client.GetAsync(site.Url("login"));
        var otherTenant = await (await UsersSite.CreateAsync(host)).PostLoginAsync(client, UsersSite.Admin, TenantUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("liian monta kertaa", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherTenant.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example.com/admin")]
    [InlineData("//evil.example.com/admin")]
    [InlineData("/\\evil.example.com")]
    public async Task Login_does_not_follow_a_return_url_to_another_site(string returnUrl)
    {
        var site = await UsersSite.CreateAsync(host);

        var response = await site.PostLoginAsync(site.NewClient(), UsersSite.Admin, TenantUsers.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(site.Url("admin"), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Login_follows_a_local_return_url()
    {
        var site = await UsersSite.CreateAsync(host);

        var response = await site.PostLoginAsync(site.NewClient(), UsersSite.Admin, TenantUsers.Password, site.Url("admin/kayttajat"));

        Assert.Equal(site.Url("admin/kayttajat"), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signed_in_user_without_the_permission_sees_403_not_the_login_form()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("kirjoittaja", "Author");
        var author = await site.LogInAsync("kirjoittaja");

        var response = await author.GetAsync(site.Url("admin/roolit"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Locked_user_is_signed_out_at_the_next_request()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "Editor");
        var editor = await site.LogInAsync("toimittaja");
        var admin = await site.LogInAsync(UsersSite.Admin);
        var id = (await site.FindUserAsync("toimittaja"))!.Id;

        var locked = await site.SubmitAsync(admin, $"admin/kayttajat/{id}", "form[action*=Lock]", []);
        var after = await editor.GetAsync(site.Url("admin"));
        var login = await site.PostLoginAsync(site.NewClient(), "toimittaja", TenantUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/login", after.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
