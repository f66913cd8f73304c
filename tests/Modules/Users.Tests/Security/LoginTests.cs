using System.Net;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Security;

[Collection(PortalCollection.Name)]
public sealed class LoginTests(PortalHost host)
{
    [Fact]
    public async Task Wrong_passwords_never_lock_an_account_and_one_address_that_keeps_guessing_waits()
    {
        var site = await UsersSite.CreateAsync(host);
        var guesser = site.ClientFrom("203.0.113.5");
        var messages = new List<string>();

        for (var attempt = 0; attempt < 7; attempt++)
        {
            messages.Add(await ErrorOfAsync(await site.PostLoginAsync(guesser, UsersSite.Admin, "Väärä-salasana-123!")));
        }
        var owner = await site.PostLoginAsync(site.ClientFrom("198.51.100.7"), UsersSite.Admin, TenantUsers.Password);

        Assert.All(messages[..5], m => Assert.Equal("Käyttäjätunnus tai salasana on väärin.", m));
        Assert.All(messages[5..], m => Assert.Matches("^Liian monta epäonnistunutta yritystä. Odota [12] sekuntia", m));
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Null((await site.FindUserAsync(UsersSite.Admin))!.LockoutEnd);
    }

    [Fact]
    public async Task The_last_administrator_gets_in_while_many_addresses_guess_their_password()
    {
        var site = await UsersSite.CreateAsync(host);
        // Twelve guesses from three addresses: more than the account's free attempts, fewer than any one address's.
        for (var address = 1; address <= 3; address++)
        {
            var guesser = site.ClientFrom($"203.0.113.{address}");
            for (var attempt = 0; attempt < 4; attempt++)
            {
                await site.PostLoginAsync(guesser, UsersSite.Admin, "Väärä-salasana-123!");
            }
        }

        var owner = await site.PostLoginAsync(site.ClientFrom("198.51.100.7"), UsersSite.Admin, TenantUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Null((await site.FindUserAsync(UsersSite.Admin))!.LockoutEnd);
    }

    [Fact]
    public async Task An_unknown_user_name_gets_the_same_answers_as_a_known_one()
    {
        var site = await UsersSite.CreateAsync(host);
        var known = site.ClientFrom("203.0.113.10");
        var unknown = site.ClientFrom("203.0.113.11");
        var (knownAnswers, unknownAnswers) = (new List<string>(), new List<string>());

        for (var attempt = 0; attempt < 6; attempt++)
        {
            knownAnswers.Add(await ErrorOfAsync(await site.PostLoginAsync(known, UsersSite.Admin, "Väärä-salasana-123!")));
            unknownAnswers.Add(await ErrorOfAsync(await site.PostLoginAsync(unknown, "ei-ole-olemassa", "Väärä-salasana-123!")));
        }

        Assert.Equal(knownAnswers, unknownAnswers);
        Assert.Contains("Odota", knownAnswers[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guess_at_an_unknown_user_name_takes_about_as_long_as_at_a_known_one()
    {
        var site = await UsersSite.CreateAsync(host);
        var (known, unknown) = (new List<double>(), new List<double>());

        // Interleaved, each from its own address, so that neither side meets a wait; medians, against noise.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            known.Add(await TimeLoginAsync(site.ClientFrom($"203.0.113.{20 + attempt}"), UsersSite.Admin));
            unknown.Add(await TimeLoginAsync(site.ClientFrom($"203.0.113.{40 + attempt}"), $"tuntematon-{attempt}"));
        }

        // Hashing the password is most of a known name's time; without it an unknown name took a fortieth of that.
        Assert.True(Median(unknown) > 0.4 * Median(known), $"unknown {Median(unknown):F1} ms, known {Median(known):F1} ms");

        async Task<double> TimeLoginAsync(HttpClient client, string userName)
        {
            await HtmlPages.GetPageAsync(client, site.Url("login"));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await site.PostLoginAsync(client, userName, "Väärä-salasana-123!");
            return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }

    [Fact]
    public async Task A_locked_account_says_so_only_to_someone_who_knows_its_password()
    {
        var site = await UsersSite.CreateAsync(host);
        await site.AddUserAsync("toimittaja", "Editor");
        var admin = await site.LogInAsync(UsersSite.Admin);
        await site.SubmitAsync(admin, $"admin/kayttajat/{(await site.FindUserAsync("toimittaja"))!.Id}", "form[action*=Lock]", []);

        var wrong = await ErrorOfAsync(await site.PostLoginAsync(site.ClientFrom("203.0.113.30"), "toimittaja", "Väärä-salasana-123!"));
        var right = await ErrorOfAsync(await site.PostLoginAsync(site.ClientFrom("203.0.113.31"), "toimittaja", TenantUsers.Password));

        Assert.Equal("Käyttäjätunnus tai salasana on väärin.", wrong);
        Assert.Contains("Tili on lukittu", right, StringComparison.Ordinal);
    }

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await UsersSite.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent.Trim();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task Too_many_login_attempts_from_one_address_get_429_with_a_localized_message()
    {
        var site = await UsersSite.CreateAsync(host);
        var client = site.NewClient();
        // Without a password: the limit counts every post, and the form answers at once instead of hashing a guess.
        for (var attempt = 0; attempt < PortalHost.LoginAttemptsPerWindow; attempt++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await site.PostLoginAsync(client, "kuka-tahansa-" + attempt, "")).StatusCode);
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
