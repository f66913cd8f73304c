using System.Net;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Mail.Tests.Pages.Mail;

/// <summary>The portal's page of every site's .eml files: listed, paged, read with the HTML as text, and nothing else opened.</summary>
[Collection(EmlCollection.Name)]
public sealed class FilesPageTests(EmlPortal portal)
{
    private const string Files = "/admin/posti/tiedostot";

    [Fact]
    public async Task The_portal_admin_finds_a_sites_mail_and_reads_it_with_its_html_shown_as_text()
    {
        var (site, _) = await SiteWithMailFileAsync("luettava", "luettava@example.fi");
        var admin = await portal.Host.SignedInAsync(TenantName.Default);

        var list = await HtmlPages.GetPageAsync(admin, Files);
        var row = list.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains(site.Tenant.Name, StringComparison.Ordinal));
        var page = await HtmlPages.GetPageAsync(admin, row.QuerySelector("a")!.GetAttribute("href")!);
        var bodies = page.QuerySelectorAll("pre.mail-body");

        Assert.Contains("luettava@example.fi", row.TextContent);
        Assert.Contains("luettava@example.fi", page.QuerySelector(".mail-headers")!.TextContent);
        Assert.Contains("/salasana-uusi?user=", bodies[0].TextContent);
        Assert.Contains("<a href=", bodies[1].TextContent);
        Assert.Empty(page.QuerySelectorAll("main pre *"));
    }

    [Fact]
    public async Task Only_a_site_and_name_listed_from_the_mail_folder_opens()
    {
        var (site, file) = await SiteWithMailFileAsync("polku", "polku@example.fi");
        var name = site.Tenant.Name;
        var admin = await portal.Host.SignedInAsync(TenantName.Default);
        (string Site, string Name)[] tries =
        [
            ("..", "host.db"), ($"../Sites/{name}", "content.db"), (name, "../../host.db"), (name, $"./{file}"),
            (name, $"../{name}/{file}"), (name.ToUpperInvariant(), file), ($"{name}/", file), (name, file + ".partial"), ("", ""),
        ];

        var refused = await Task.WhenAll(tries.Select(t => admin.GetAsync(ReadUrl(t.Site, t.Name))));
        var listed = await admin.GetAsync(ReadUrl(name, file));

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
    }

    [Fact]
    public async Task A_sites_own_administrator_cannot_list_the_mail_files()
    {
        var site = await MailSite.CreateAsync(portal.Host, "sivuston-admin", email: null);
        var admin = await portal.Host.SignedInAsync(site.Tenant.Name);

        var list = await admin.GetAsync(site.Url(Files.TrimStart('/')));
        var outbox = await admin.GetAsync(site.Url("admin/posti"));

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, outbox.StatusCode);
    }

    [Fact]
    public async Task The_list_is_paged_newest_first()
    {
        var folder = Path.Combine(portal.Host.DataPath, "Mail", "t-vanhat-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < 60; i++)
        {
            var file = Path.Combine(folder, $"{i}.eml");
            await File.WriteAllTextAsync(file, $"From: a@example.fi\r\nTo: vanha{i}@example.fi\r\nSubject: Vanha {i}\r\n\r\nTeksti\r\n");
            File.SetLastWriteTimeUtc(file, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i));
        }
        var admin = await portal.Host.SignedInAsync(TenantName.Default);

        var first = await HtmlPages.GetPageAsync(admin, Files);
        var last = await HtmlPages.GetPageAsync(admin, Files + "?p=9999");
        var lastRows = last.QuerySelectorAll("main tbody tr").Select(r => r.TextContent).ToList();

        Assert.Equal(50, first.QuerySelectorAll("main tbody tr").Length);
        Assert.NotNull(first.QuerySelectorAll("main nav a").SingleOrDefault(a => a.TextContent == "Vanhemmat viestit"));
        Assert.Contains("Vanha 0", lastRows[^1]);
        Assert.Contains("Vanha 1", lastRows[^2]);
    }

    private async Task<(MailSite Site, string File)> SiteWithMailFileAsync(string userName, string email)
    {
        var site = await MailSite.CreateAsync(portal.Host, userName, email);
        var folder = Path.Combine(portal.Host.DataPath, "Mail", site.Tenant.Name);
        await site.AskForLinkAsync(site.NewClient(), userName);
        var file = await Eventually.ValueAsync(
            () => Task.FromResult(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").SingleOrDefault() : null), "an .eml file");
        return (site, Path.GetFileName(file));
    }

    private static string ReadUrl(string site, string name) =>
        $"{Files}?handler=Read&site={Uri.EscapeDataString(site)}&name={Uri.EscapeDataString(name)}";
}
