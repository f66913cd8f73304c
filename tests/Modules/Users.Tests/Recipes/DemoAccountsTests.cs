using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Users.Tests.Recipes;

[Collection(PortalCollection.Name)]
public sealed class DemoAccountsTests(PortalHost host)
{
    private static readonly string[] DemoSites = ["green-care-keski-suomi", "mansikka", "majakka", "saarijarvi", "elava-kainuu"];

    [Fact]
    public async Task Every_demo_site_lets_in_the_portals_admin_an_editor_and_an_author_with_the_passwords_kept_for_them()
    {
        var kept = (await File.ReadAllLinesAsync(Path.Combine(host.DataPath, "first-passwords.txt")))
            .Select(line => line.Split('\t')).ToDictionary(f => (f[0], f[1]), f => f[2]);
        var refused = new List<string>();

        foreach (var site in DemoSites)
        {
            foreach (var (userName, password, role) in new[]
            {
                (PortalHost.AdminUser, PortalHost.AdminPassword, "Administrator"),
                ("toimittaja", kept[(site, "toimittaja")], "Editor"),
                ("kirjoittaja", kept[(site, "kirjoittaja")], "Author"),
            })
            {
                using var client = host.CreateClient(new() { AllowAutoRedirect = false });
                var login = await HtmlPages.SubmitAsync(client, $"/{site}/login", "main form",
                    new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });
                if (login.StatusCode != HttpStatusCode.Redirect || !(await RolesAsync(site, userName)).SequenceEqual([role]))
                {
                    refused.Add($"{site}/{userName}");
                }
            }
        }

        Assert.Empty(refused);
        Assert.Equal(kept[("mansikka", "toimittaja")], kept[("elava-kainuu", "toimittaja")]);
    }

    private async Task<IList<string>> RolesAsync(string site, string userName)
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find(site)!;
        return await host.InTenantAsync<UserManager<IdentityUser>, IList<string>>(tenant,
            async users => await users.GetRolesAsync((await users.FindByNameAsync(userName))!));
    }
}
