using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Verkostoportaali.Core.Data;
using Verkostoportaali.Messaging;
using Verkostoportaali.Testing;
using Verkostoportaali.Users.Administration;
using Verkostoportaali.Users.Language;
using Verkostoportaali.Users.Notifications;
using Verkostoportaali.Users.Tests.Accounts;

namespace Verkostoportaali.Users.Tests.Notifications;

/// <summary>Who gets a notification, and each user turning theirs off on the account page.</summary>
[Collection(MailPortalCollection.Name)]
public sealed class NotificationTests(MailPortal portal)
{
    [Fact]
    public async Task Users_with_an_address_and_a_password_who_hold_the_permission_get_it_once_per_address_in_their_language()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("yllapitaja", "yllapitaja@example.fi", "Administrator");
        await site.AddUserWithEmailAsync("toimittaja", "toimittaja@example.fi", "Editor");
        await site.AddUserWithEmailAsync("redaktor", "redaktor@example.fi", "Editor");
        await site.AddUserWithEmailAsync("kirjoittaja", "kirjoittaja@example.fi", "Author");
        await site.AddUserWithEmailAsync("toinen-tili", "toimittaja@example.fi", "Editor");
        await site.AddUserWithEmailAsync("lukittu", "lukittu@example.fi", "Editor");
        await site.AddUserAsync("osoitteeton", "Editor");
        await AddInviteeAsync(site, "kutsuttu@example.fi", "Editor");
        await ChooseLanguageAsync(site, "redaktor", "sv");
        await LockAsync(site, "lukittu");

        var published = await RecipientsAsync(site, TestNotifications.Published);
        var ownEdited = await RecipientsAsync(site, TestNotifications.OwnEdited);
        var unheld = await RecipientsAsync(site, TestNotifications.Unheld);

        Assert.Equal(["redaktor@example.fi sv", "toimittaja@example.fi fi", "yllapitaja@example.fi fi"], published);
        Assert.Equal(["kirjoittaja@example.fi fi", "redaktor@example.fi sv", "toimittaja@example.fi fi", "yllapitaja@example.fi fi"], ownEdited);
        Assert.Equal(["yllapitaja@example.fi fi"], unheld);
    }

    [Fact]
    public async Task The_account_page_lists_the_notifications_the_user_holds_and_saves_a_turned_off_one()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("toimittaja", "toimittaja@example.fi", "Editor");
        await site.AddUserWithEmailAsync("kirjoittaja", "kirjoittaja@example.fi", "Author");
        var editor = await site.LogInAsync("toimittaja");

        var offered = await ChoicesAsync(site, editor);
        var authorOffered = await ChoicesAsync(site, await site.LogInAsync("kirjoittaja"));
        var saved = await site.SubmitAsync(editor, "admin/tili", "form.account-notifications", new() { ["Notify"] = TestNotifications.OwnEdited.Id });
        var after = await ChoicesAsync(site, editor);

        Assert.Equal(["Content of yours was edited: on", "Someone published content: on"], offered);
        Assert.Equal(["Content of yours was edited: on"], authorOffered);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["Content of yours was edited: on", "Someone published content: off"], after);
        Assert.DoesNotContain("toimittaja@example.fi fi", await RecipientsAsync(site, TestNotifications.Published));
        Assert.Contains("toimittaja@example.fi fi", await RecipientsAsync(site, TestNotifications.OwnEdited));
    }

    [Fact]
    public async Task Turning_every_notification_off_and_one_on_again_keeps_one_row_per_turned_off_notification()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("toimittaja", "toimittaja@example.fi", "Editor");
        var editor = await site.LogInAsync("toimittaja");

        await site.SubmitAsync(editor, "admin/tili", "form.account-notifications", new());
        await site.SubmitAsync(editor, "admin/tili", "form.account-notifications", new());
        var allOff = await OptOutsAsync(site);
        await site.SubmitAsync(editor, "admin/tili", "form.account-notifications", new() { ["Notify"] = TestNotifications.Published.Id });

        Assert.Equal([TestNotifications.OwnEdited.Id, TestNotifications.Published.Id], allOff);
        Assert.Equal([TestNotifications.OwnEdited.Id], await OptOutsAsync(site));
    }

    [Fact]
    public async Task A_deleted_users_choices_are_deleted_with_them()
    {
        var site = await UsersSite.CreateAsync(portal.Host);
        await site.AddUserWithEmailAsync("lahtija", "lahtija@example.fi", "Editor");
        await site.SubmitAsync(await site.LogInAsync("lahtija"), "admin/tili", "form.account-notifications", new());
        var before = await OptOutsAsync(site);
        var user = (await site.FindUserAsync("lahtija"))!;

        var deleted = await site.SubmitAsync(await site.LogInAsync(UsersSite.Admin), $"admin/kayttajat/{user.Id}/poista", "main form", new());

        Assert.Equal(2, before.Count);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await site.FindUserAsync("lahtija"));
        Assert.Empty(await OptOutsAsync(site));
    }

    private static async Task<List<string>> ChoicesAsync(UsersSite site, HttpClient client)
    {
        var page = await HtmlPages.GetPageAsync(client, site.Url("admin/tili"));
        return [.. page.QuerySelectorAll("form.account-notifications input[type=checkbox]")
            .Select(box => $"{page.QuerySelector($"label[for={box.Id}]")!.TextContent}: {(box.HasAttribute("checked") ? "on" : "off")}").Order()];
    }

    private static async Task<List<string>> RecipientsAsync(UsersSite site, Notification notification) =>
        [.. (await site.InTenantAsync<INotificationRecipients, IReadOnlyList<MailRecipient>>(r => r.OfAsync(notification)))
            .Select(r => $"{r.Email} {r.Language}").Order()];

    private static Task<List<string>> OptOutsAsync(UsersSite site) =>
        site.InTenantAsync<TenantDbContext, List<string>>(db => db.Set<NotificationOptOut>().OrderBy(o => o.NotificationId).Select(o => o.NotificationId).ToListAsync());

    private static async Task AddInviteeAsync(UsersSite site, string email, string role)
    {
        var result = await site.InTenantAsync<UserChanges, IdentityResult>(changes =>
            changes.InviteAsync(new IdentityUser(email) { Email = email }, [role], _ => Task.CompletedTask, default));
        Assert.True(result.Succeeded);
    }

    private static async Task ChooseLanguageAsync(UsersSite site, string userName, string language)
    {
        var user = (await site.FindUserAsync(userName))!;
        var result = await site.InTenantAsync<UserManager<IdentityUser>, IdentityResult>(async users =>
            await users.AddClaimAsync((await users.FindByIdAsync(user.Id))!, new Claim(AdminLanguage.ClaimType, language)));
        Assert.True(result.Succeeded);
    }

    private static async Task LockAsync(UsersSite site, string userName)
    {
        var result = await site.InTenantAsync<UserManager<IdentityUser>, IdentityResult>(async users =>
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(userName))!, DateTimeOffset.MaxValue));
        Assert.True(result.Succeeded);
    }
}
