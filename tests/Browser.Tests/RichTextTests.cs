using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>
/// An editor publishes a body full of script and fake-login markup; Chromium shows the page as a visitor sees it. The
/// rich-text editor appears however late Trix starts.
/// </summary>
public sealed class RichTextTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "/elava-kainuu";

    // Elements that could run script, load from elsewhere, take a password or change how the whole page works.
    private const string Forbidden = "form, input, button, select, textarea, iframe, object, embed, img, svg, math, script, style, link, meta, base";

    [Fact]
    public async Task Published_body_with_script_and_phishing_markup_runs_nothing_and_shows_no_form_or_overlay()
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!;
        await TenantUsers.AddAsync(host.Services, tenant, "kylailtojen-toimittaja", "Editor");
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        // Without Trix the editor is the plain textarea, which sends the markup as it is, as a crafted post would; Trix
        // would clean some of it in the browser first.
        await page.RouteAsync("**/lib/trix/**", route => route.AbortAsync());
        await AdminPages.LogInAsync(page, $"{Site}/login", "kylailtojen-toimittaja", TenantUsers.Password);
        await page.GotoAsync($"{Site}/admin/sisalto/uusi/Event");
        await page.GetByLabel("Otsikko (pakollinen)").FillAsync("Turvallinen kyläilta");
        await page.GetByLabel("Aloituspäivämäärä (pakollinen)").FillAsync("2027-08-14");
        await page.GetByLabel("Paikka").FillAsync("Kylätalo");
        await page.Locator("textarea[name='BodyPart.Html']")
            .FillAsync("<p>Tervetuloa <strong>kyläiltaan</strong>!</p>" + string.Concat(HostileHtml.Payloads));
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tallennettu ja julkaistu.");

        await page.GotoAsync($"{Site}/turvallinen-kylailta");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var body = page.Locator(".body");
        Assert.Equal("kyläiltaan", await body.Locator("strong").TextContentAsync());
        Assert.EndsWith($"{Site}/turvallinen-kylailta", page.Url, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"), "A payload's script ran.");
        Assert.DoesNotContain("pwned", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Empty(dialogs);
        Assert.Equal(0, await body.Locator(Forbidden).CountAsync());
        Assert.Empty(await body.EvaluateAsync<string[]>("""
            body => [...body.querySelectorAll("*")].flatMap(element => {
                const style = getComputedStyle(element);
                return [
                    ...(["fixed", "absolute"].includes(style.position) ? [`${element.tagName} is ${style.position}`] : []),
                    ...(style.backgroundImage !== "none" ? [`${element.tagName} shows ${style.backgroundImage}`] : []),
                    ...[...element.attributes].filter(a => a.name.startsWith("on")).map(a => `${element.tagName} has ${a.name}`),
                ];
            })
            """));
    }

    [Fact]
    public async Task The_editor_appears_when_trix_defines_its_elements_after_the_page_has_loaded()
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!;
        await TenantUsers.AddAsync(host.Services, tenant, "hidas-toimittaja", "Editor");
        var page = await host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });
        // Trix defines trix-editor in a zero-delay timeout; held back here, it runs after DOMContentLoaded, as it
        // sometimes does on a slow machine.
        await page.AddInitScriptAsync("""
            const setTimeoutFirst = window.setTimeout;
            window.setTimeout = (callback, delay, ...rest) => setTimeoutFirst(callback, Math.max(delay || 0, 500), ...rest);
            """);
        await AdminPages.LogInAsync(page, $"{Site}/login", "hidas-toimittaja", TenantUsers.Password);

        await page.GotoAsync($"{Site}/admin/sisalto/uusi/Event");
        await page.Locator("trix-editor").FillAsync("Tervetuloa!");

        Assert.Equal(0, await page.Locator("textarea[name='BodyPart.Html']").CountAsync());
        Assert.Equal("Lihavointi", await page.Locator("trix-toolbar [data-trix-attribute=bold]").GetAttributeAsync("title"));
    }
}
