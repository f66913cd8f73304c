using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Verkostoportaali.Core.Tenancy;
using Verkostoportaali.Testing;

namespace Verkostoportaali.Browser.Tests;

/// <summary>
/// The demo in Chromium under the portal's Content Security Policy: the policy is in force (an inline script does not
/// run), and nothing the public pages, the admin or the rich-text editor need is blocked by it.
/// </summary>
public sealed class ContentSecurityPolicyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Site = "/elava-kainuu";

    [Fact]
    public async Task Public_pages_break_no_rule_of_the_content_security_policy()
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var paths = await PublicPages.CrawlAsync(client, ["/", "/sv/", "/login", "/mansikka/",
            "/elava-kainuu/tapahtumat", "/elava-kainuu/verkostot", "/green-care-keski-suomi/toimijat", "/search?q=kylä", "/elava-kainuu/kartta"], maxPages: 60);
        var page = await NewPageAsync();
        var violations = await PolicyViolations.WatchAsync(page);
        var unprotected = new List<string>();

        foreach (var path in paths)
        {
            unprotected.AddRange(await UnprotectedAsync(page, path));
        }
        unprotected.AddRange(await UnprotectedAsync(page, "/mansikka/no-such-page", status: 404));
        var found = await violations.AllSoFarAsync(page);
        var inlineScriptBlocked = await InlineScriptIsBlockedAsync(page, violations);

        Assert.True(paths.Count > 30, $"The crawl found only {paths.Count} pages.");
        Assert.Empty(unprotected);
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
        Assert.True(inlineScriptBlocked, "An inline script ran, or its blocking was not reported.");
    }

    [Fact]
    public async Task Admin_pages_and_the_rich_text_editor_break_no_rule_of_the_content_security_policy()
    {
        var tenant = host.Services.GetRequiredService<TenantRegistry>().Find("elava-kainuu")!;
        await TenantUsers.AddAsync(host.Services, tenant, "turvallisuusvastaava", "Administrator");
        var page = await NewPageAsync();
        var violations = await PolicyViolations.WatchAsync(page);
        await AdminPages.LogInAsync(page, $"{Site}/login", "turvallisuusvastaava", TenantUsers.Password);
        var unprotected = new List<string>();

        foreach (var path in new[] { "/admin", "/admin/sisalto", "/admin/sisaltotyypit", "/admin/sisaltotyypit/Article", "/admin/kayttajat",
            "/admin/kayttajat/uusi", "/admin/roolit", "/admin/roolit/Editor", "/admin/tili", "/admin/auditointi", "/admin/tuonti" })
        {
            unprotected.AddRange(await UnprotectedAsync(page, Site + path));
        }
        await page.GotoAsync($"{Site}/admin/sisalto");
        await page.GetByRole(AriaRole.Link, new() { Name = "Uusi: Tapahtuma" }).ClickAsync();
        await page.GetByLabel("Otsikko (pakollinen)").FillAsync("Turvallinen kyläilta");
        await page.GetByLabel("Aloituspäivämäärä (pakollinen)").FillAsync("2027-08-14");
        await page.Locator("trix-editor").FillAsync("Tervetuloa ");
        await page.Locator("trix-toolbar [data-trix-attribute=bold]").ClickAsync();
        await page.Locator("trix-editor").PressSequentiallyAsync("kaikki");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tallenna luonnos" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Luonnos tallennettiin.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Julkaise" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tallennettu ja julkaistu.");
        unprotected.AddRange(await UnprotectedAsync(page, $"{Site}/turvallinen-kylailta"));
        var bold = await page.Locator("article strong").Filter(new() { HasText = "kaikki" }).CountAsync();
        var found = await violations.AllSoFarAsync(page);
        var inlineScriptBlocked = await InlineScriptIsBlockedAsync(page, violations);

        Assert.Equal(1, bold);
        Assert.Empty(unprotected);
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
        Assert.True(inlineScriptBlocked, "An inline script ran, or its blocking was not reported.");
    }

    private Task<IPage> NewPageAsync() => host.Browser.NewPageAsync(new() { BaseURL = host.BaseAddress.ToString() });

    // Opens the page; says so when it answered another status than it should, or came without a policy.
    private static async Task<IEnumerable<string>> UnprotectedAsync(IPage page, string path, int status = 200)
    {
        var response = await page.GotoAsync(path);
        var policy = response is null ? null : await response.HeaderValueAsync("content-security-policy");
        return response?.Status != status || policy is null ? [$"{path}: {response?.Status} {policy}"] : [];
    }

    // An inline script added to the page, as injected markup would be, does not run, and the recorder hears of it.
    private static async Task<bool> InlineScriptIsBlockedAsync(IPage page, PolicyViolations violations)
    {
        var reported = violations.NextAsync();
        var ran = await page.EvaluateAsync<bool>("""
            () => {
                const script = document.createElement("script");
                script.textContent = "window.inlineScriptRan = true;";
                document.body.append(script);
                return window.inlineScriptRan === true;
            }
            """);
        return !ran && await Task.WhenAny(reported, Task.Delay(TimeSpan.FromSeconds(30))) == reported;
    }
}

/// <summary>
/// What the Content Security Policy blocked on a page, as Chromium reports it: in the console ("Refused to …") and by
/// the document's <c>securitypolicyviolation</c> events; and Permissions-Policy features Chromium does not know.
/// </summary>
internal sealed class PolicyViolations
{
    private readonly List<string> seen = [];
    private TaskCompletionSource added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<PolicyViolations> WatchAsync(IPage page)
    {
        var violations = new PolicyViolations();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.Contains("Permissions-Policy", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        await page.ExposeFunctionAsync<string>("reportPolicyViolation", violations.Add);
        await page.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e =>
                window.reportPolicyViolation(`${e.documentURI}: ${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
            """);
        return violations;
    }

    /// <summary>Completes at the next violation reported.</summary>
    public Task NextAsync()
    {
        lock (seen)
        {
            return added.Task;
        }
    }

    /// <summary>The violations reported so far, after a round trip to the page, so that its reports have arrived.</summary>
    public async Task<IReadOnlyList<string>> AllSoFarAsync(IPage page)
    {
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve))");
        lock (seen)
        {
            return [.. seen];
        }
    }

    private void Add(string violation)
    {
        lock (seen)
        {
            seen.Add(violation);
            added.TrySetResult();
            added = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
